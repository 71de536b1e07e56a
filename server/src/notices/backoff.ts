// When to try a notice again: exponential, capped, with jitter so that a provider outage does not
// end with every waiting notice retried in the same second.

export const retryPolicy = {
  baseMs: 30_000,
  capMs: 60 * 60_000,
  /** After this many tries on one channel, the channel counts as failed and the next one is tried. */
  maxAttempts: 8,
};

/** Delay after the `attempt`-th failed try (1-based): 30 s, 1 min, 2 min … at most 1 h, each 50–100 %. */
export function retryDelayMs(attempt: number, random: () => number = Math.random, policy = retryPolicy): number {
  const full = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

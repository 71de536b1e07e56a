// Failed tracking look-ups per address, in memory per process (like auth/sign-in-limiter.ts): a
// guesser gets `max` wrong tries per window, while a citizen reloading their own page is never counted.

export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max = 20,
    readonly windowMs = 10 * 60_000,
  ) {}

  blocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.max;
  }

  failed(key: string, now: number): void {
    this.recent(key, now).push(now);
    if (this.failures.size > 10_000) this.prune(now);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(key, kept);
    return kept;
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}

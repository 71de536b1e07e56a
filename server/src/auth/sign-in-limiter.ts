// Sign-in attempts are limited per address (any attempt) and per account (failures only).
// Kept in memory per server process; behind a load balancer each instance counts its own share,
// which still caps a guessing attack at (instances × limit).

export interface LimiterOptions {
  perAddress: { max: number; windowMs: number };
  perAccount: { max: number; windowMs: number };
}

export const defaultLimits: LimiterOptions = {
  perAddress: { max: 30, windowMs: 10 * 60_000 },
  perAccount: { max: 5, windowMs: 15 * 60_000 },
};

export class SignInLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly options: LimiterOptions = defaultLimits) {}

  /** Whether another attempt is allowed now; counts the attempt against the address. */
  attempt(address: string, account: string, now: number): boolean {
    const { perAddress, perAccount } = this.options;
    const byAddress = this.recent(`a:${address}`, perAddress.windowMs, now);
    const byAccount = this.recent(`u:${account}`, perAccount.windowMs, now);
    if (byAddress.length >= perAddress.max || byAccount.length >= perAccount.max) return false;
    byAddress.push(now);
    return true;
  }

  failed(account: string, now: number): void {
    this.recent(`u:${account}`, this.options.perAccount.windowMs, now).push(now);
  }

  succeeded(account: string): void {
    this.hits.delete(`u:${account}`);
  }

  private recent(key: string, windowMs: number, now: number): number[] {
    const kept = (this.hits.get(key) ?? []).filter((t) => now - t < windowMs);
    this.hits.set(key, kept);
    return kept;
  }
}

// Fixed-window counter per key, in process memory. Enough for one app instance; with several
// instances behind a balancer each enforces its own window (documented in ARCHITECTURE.md).
type Window = { startedAt: number; count: number };

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  /** `limit` may be a function so a limit from the environment is read when a request arrives. */
  constructor(
    private readonly limit: number | (() => number),
    private readonly windowMs: number,
  ) {}

  /** True when the call is allowed. */
  take(key: string, now = Date.now()): boolean {
    const current = this.windows.get(key);
    if (!current || now - current.startedAt >= this.windowMs) {
      if (this.windows.size > 50_000) this.evictExpired(now);
      this.windows.set(key, { startedAt: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= (typeof this.limit === "function" ? this.limit() : this.limit);
  }

  private evictExpired(now: number) {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}

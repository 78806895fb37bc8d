import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { logger } from "../logger";
import { countRateLimitRejection } from "../observability/business-metrics";
import { redis } from "../redis";

/** What a limiter said, with what the RateLimit and Retry-After headers report. */
export type RateDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetMs: number;
  /** Calls counted in this window, refused ones included. */
  used: number;
};

/**
 * A fixed-window limit per key, counted in Redis when REDIS_URL is set (so it holds across every
 * app instance) and in process memory otherwise. When Redis is unreachable the count falls back
 * to memory (rate-limiter-flexible's insurance limiter) and says so in the log: a Redis outage
 * loosens the limit to per-instance, it never refuses or fails a request.
 */
export class RateLimiter {
  private readonly stores = new Map<number, RateLimiterAbstract>();

  /** `limit` may be a function so a limit from the environment is read when a request arrives. */
  constructor(
    private readonly name: string,
    private readonly limit: number | (() => number),
    private readonly windowMs: number,
  ) {}

  private store(points: number): RateLimiterAbstract {
    let store = this.stores.get(points);
    if (store) return store;
    const options = {
      points,
      duration: Math.ceil(this.windowMs / 1000),
      keyPrefix: `rl:${this.name}:${points}`,
    };
    const client = redis();
    store = client
      ? new RateLimiterRedis({
          ...options,
          storeClient: client,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new LoggedFallback(options, this.name),
        })
      : new RateLimiterMemory(options);
    this.stores.set(points, store);
    return store;
  }

  private points() {
    return typeof this.limit === "function" ? this.limit() : this.limit;
  }

  /** Counts one call for `key`; `allowed` is false once the window's limit is used up. */
  async take(key: string, cost = 1): Promise<RateDecision> {
    const limit = this.points();
    try {
      const result = await this.store(limit).consume(key, cost);
      const { remainingPoints, msBeforeNext, consumedPoints } = result;
      return {
        allowed: true,
        limit,
        remaining: remainingPoints,
        resetMs: msBeforeNext,
        used: consumedPoints,
      };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      countRateLimitRejection(this.name);
      const { msBeforeNext, consumedPoints } = refused;
      return { allowed: false, limit, remaining: 0, resetMs: msBeforeNext, used: consumedPoints };
    }
  }

  /** What `take` would say, without counting. */
  async peek(key: string): Promise<RateDecision> {
    const limit = this.points();
    const result = await this.store(limit).get(key);
    const used = result?.consumedPoints ?? 0;
    const resetMs = result?.msBeforeNext ?? 0;
    return { allowed: used < limit, limit, remaining: Math.max(0, limit - used), resetMs, used };
  }

  /** Refuse `key` for `seconds` from now (a growing back-off after repeated failures). */
  async block(key: string, seconds: number) {
    await this.store(this.points()).block(key, seconds);
  }

  /** Forget `key`'s count (a successful sign-in clears its failures). */
  async reset(key: string) {
    await this.store(this.points()).delete(key);
  }
}

/** The in-memory count used while Redis is down, logged once a minute per limiter. */
class LoggedFallback extends RateLimiterMemory {
  private warnedAt = 0;
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly limiterName: string,
  ) {
    super(options);
  }
  override consume(...args: Parameters<RateLimiterMemory["consume"]>) {
    if (Date.now() - this.warnedAt > 60_000) {
      this.warnedAt = Date.now();
      logger.warn(
        { event: "rate_limit_memory_fallback", limiter: this.limiterName },
        "rate limit counted in memory",
      );
    }
    return super.consume(...args);
  }
}

/** RateLimit (IETF draft) and, when refused, Retry-After: seconds until the window resets. */
export function rateLimitHeaders(decision: RateDecision, windowMs: number): Record<string, string> {
  const reset = Math.max(1, Math.ceil(decision.resetMs / 1000));
  const headers: Record<string, string> = {
    RateLimit: `limit=${decision.limit}, remaining=${decision.remaining}, reset=${reset}`,
    "RateLimit-Policy": `${decision.limit};w=${Math.ceil(windowMs / 1000)}`,
  };
  if (!decision.allowed) headers["Retry-After"] = String(reset);
  return headers;
}

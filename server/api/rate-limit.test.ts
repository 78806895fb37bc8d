import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../env";
import { logger } from "../logger";
import { redisConnected, resetRedisForTests } from "../redis";
import { RateLimiter, rateLimitHeaders } from "./rate-limit";

// Two limiters with the same name stand for two app instances behind a balancer.
async function useRedis(url: string | null) {
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  resetEnvForTests();
  await resetRedisForTests();
}

const takeTimes = async (limiter: RateLimiter, key: string, times: number) => {
  const allowed: boolean[] = [];
  for (let call = 0; call < times; call++) allowed.push((await limiter.take(key)).allowed);
  return allowed;
};

describe("rate limits", () => {
  afterEach(() => useRedis(null));

  it("with REDIS_URL, one limit holds across instances", async () => {
    await useRedis("redis://127.0.0.1:6379");
    expect(await redisConnected()).toBe(true);
    const name = `test-${randomUUID()}`;
    const [first, second] = [new RateLimiter(name, 3, 60_000), new RateLimiter(name, 3, 60_000)];
    expect(await takeTimes(first, "user-1", 2)).toEqual([true, true]);
    expect(await takeTimes(second, "user-1", 2)).toEqual([true, false]);
    expect(await takeTimes(first, "user-2", 1)).toEqual([true]);
  });

  it("without REDIS_URL each instance counts alone", async () => {
    const name = `test-${randomUUID()}`;
    const [first, second] = [new RateLimiter(name, 2, 60_000), new RateLimiter(name, 2, 60_000)];
    expect(await takeTimes(first, "user-1", 3)).toEqual([true, true, false]);
    expect(await takeTimes(second, "user-1", 2)).toEqual([true, true]);
  });

  it("with Redis unreachable, it counts in memory instead of failing the request, and logs that it does", async () => {
    const warn = vi.spyOn(logger, "warn");
    await useRedis("redis://127.0.0.1:1");
    const name = `test-${randomUUID()}`;
    const limiter = new RateLimiter(name, 2, 60_000);
    expect(await takeTimes(limiter, "user-1", 3)).toEqual([true, true, false]);
    const fallbacks = warn.mock.calls.filter(
      ([fields]) => (fields as { event?: string }).event === "rate_limit_memory_fallback",
    );
    // Logged once (not per request) and naming the limiter.
    expect(fallbacks).toEqual([
      [{ event: "rate_limit_memory_fallback", limiter: name }, "rate limit counted in memory"],
    ]);
    warn.mockRestore();
  });

  it("says when to come back: RateLimit, RateLimit-Policy and Retry-After", async () => {
    const limiter = new RateLimiter(`test-${randomUUID()}`, 1, 60_000);
    expect(rateLimitHeaders(await limiter.take("k"), 60_000)).toEqual({
      RateLimit: "limit=1, remaining=0, reset=60",
      "RateLimit-Policy": "1;w=60",
    });
    const refused = rateLimitHeaders(await limiter.take("k"), 60_000);
    expect(refused["Retry-After"]).toMatch(/^(59|60)$/);
  });
});

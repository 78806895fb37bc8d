import { Redis } from "ioredis";
import { env } from "./env";
import { logger } from "./logger";

// One Redis connection per process, only when REDIS_URL is set. Short timeouts and no offline
// queue: a Redis that is down fails a call at once, and callers fall back (rate limits count in
// memory) instead of waiting.
const globalForRedis = globalThis as unknown as { execoraRedis?: Redis | null };

export function redis(): Redis | null {
  if (globalForRedis.execoraRedis !== undefined) return globalForRedis.execoraRedis;
  const url = env().REDIS_URL;
  if (!url) {
    globalForRedis.execoraRedis = null;
    return null;
  }
  const client = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: 500,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let warned = 0;
  client.on("error", (error: Error) => {
    // Reconnects keep failing while Redis is down: one line a minute, not one per attempt.
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    logger.warn({ event: "redis_unavailable", err: error.message }, "redis unavailable");
  });
  globalForRedis.execoraRedis = client;
  return client;
}

/** Tests switch REDIS_URL: the next call connects anew. */
export async function resetRedisForTests() {
  const client = globalForRedis.execoraRedis;
  globalForRedis.execoraRedis = undefined;
  if (client) client.disconnect();
}

/** Resolves once the connection is up (false after `timeoutMs`): until then limits count in memory. */
export function redisConnected(timeoutMs = 2_000): Promise<boolean> {
  const client = redis();
  if (!client) return Promise.resolve(false);
  if (client.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

import { randomUUID } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";

// Caches kept in a process (the voice product list, the shop's name words) are told about a
// change on every instance through PostgreSQL LISTEN/NOTIFY: the database every instance already
// shares, so no extra service is needed and the embedded database works too.
const CHANNEL = "execora_cache";
const MAX_NAMES = 20; // NOTIFY payloads stop at 8000 bytes: more names become "reload them all".
const ORIGIN = randomUUID();

const cacheChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("products"), businessId: z.string().min(1).max(64) }),
  z.object({
    kind: z.literal("customer-names"),
    businessId: z.string().min(1).max(64),
    // The names to learn; absent: reload the shop's whole vocabulary.
    names: z.array(z.string().max(200)).max(MAX_NAMES).optional(),
  }),
]);
export type CacheChange = z.infer<typeof cacheChange>;
type Handler = (change: CacheChange) => void;

const globalForCache = globalThis as unknown as {
  execoraCacheHandlers?: Set<Handler>;
  execoraCacheListener?: Promise<pg.Client | null>;
};
const handlers = () => {
  globalForCache.execoraCacheHandlers ??= new Set();
  return globalForCache.execoraCacheHandlers;
};

/** A cache registers how it forgets; called for changes made by other instances. */
export function onCacheChange(handler: Handler): void {
  handlers().add(handler);
}

/** Tell every other instance (this one has already updated its own cache). */
export async function announceCacheChange(change: CacheChange): Promise<void> {
  const payload =
    change.kind === "customer-names" && (change.names?.length ?? 0) > MAX_NAMES
      ? { kind: change.kind, businessId: change.businessId }
      : change;
  try {
    await db().$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ ...payload, origin: ORIGIN })})`;
  } catch (error) {
    // The change is committed; other instances catch up at their next reload (60 s).
    logger.warn(
      { event: "cache_announce_failed", err: error, kind: change.kind },
      "cache change not announced",
    );
  }
}

/** What a notification says, or null for one that is not ours or comes from this process. */
export function parseCacheNotification(
  payload: string | undefined,
  origin: string = ORIGIN,
): CacheChange | null {
  try {
    const parsed = JSON.parse(payload ?? "") as { origin?: unknown };
    if (parsed.origin === origin) return null;
    const change = cacheChange.safeParse(parsed);
    return change.success ? change.data : null;
  } catch {
    return null;
  }
}

async function listen(): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000 });
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL) return;
    const change = parseCacheNotification(message.payload);
    if (!change) return;
    for (const handler of handlers()) handler(change);
  });
  client.on("error", (error) => {
    logger.warn({ event: "cache_listener_lost", err: error.message }, "cache listener lost; reconnecting");
    globalForCache.execoraCacheListener = undefined;
    setTimeout(() => void startCacheListener(), 5_000).unref();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    return client;
  } catch (error) {
    logger.warn(
      { event: "cache_listener_failed", err: (error as Error).message },
      "cache listener not started",
    );
    await client.end().catch(() => {});
    globalForCache.execoraCacheListener = undefined;
    setTimeout(() => void startCacheListener(), 30_000).unref();
    return null;
  }
}

/** Each app instance listens once (a dedicated connection); see ARCHITECTURE.md for the agent. */
export function startCacheListener(): Promise<pg.Client | null> {
  globalForCache.execoraCacheListener ??= listen();
  return globalForCache.execoraCacheListener;
}

/** Stop listening (tests). */
export async function stopCacheListener() {
  const client = await globalForCache.execoraCacheListener;
  globalForCache.execoraCacheListener = undefined;
  client?.removeAllListeners("error");
  await client?.end().catch(() => {});
}

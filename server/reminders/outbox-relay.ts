import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "../db";
import { logger } from "../logger";

export type OutboxEventToPublish = { id: string; name: string; data: Prisma.JsonValue };
/** Publishes events with their ids (Inngest drops a repeated id, so a republish is harmless). */
export type Publish = (events: OutboxEventToPublish[]) => Promise<void>;

const MAX_BACKOFF_MS = 10 * 60 * 1000;

/** 2 s, 4 s, 8 s … up to 10 min, with ±25% jitter so many instances do not retry in step. */
export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempts, 20));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Publish one batch of due outbox events. Rows are locked (SKIP LOCKED) for the duration, so
 * relays on several instances never publish the same row at once; a failed publish leaves them
 * pending with a later next attempt. Returns how many were published and how many failed.
 */
export async function relayOutboxOnce(
  db: Db,
  publish: Publish,
  options: { now?: Date; batch?: number } = {},
) {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 100;
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<(OutboxEventToPublish & { attempts: number })[]>`
        SELECT "id", "name", "data", "attempts" FROM "OutboxEvent"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { published: 0, failed: 0 };
      try {
        await publish(rows.map(({ id, name, data }) => ({ id, name, data })));
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
        logger.warn({ events: rows.length, err: message }, "outbox publish failed; will retry");
        for (const row of rows) {
          await tx.outboxEvent.update({
            where: { id: row.id },
            data: {
              attempts: row.attempts + 1,
              nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts + 1)),
              lastError: message,
            },
          });
        }
        return { published: 0, failed: rows.length };
      }
      await tx.outboxEvent.updateMany({
        where: { id: { in: rows.map((row) => row.id) } },
        data: { status: "PUBLISHED", publishedAt: now },
      });
      return { published: rows.length, failed: 0 };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

import type { DbOrTx } from "../db";

/**
 * Seconds since the oldest reminder event still waiting to be published was written (0 when the
 * outbox is empty): it grows while Inngest is unreachable or the relay is not running.
 */
export async function outboxLagSeconds(db: DbOrTx, now = new Date()): Promise<number> {
  const oldest = await db.outboxEvent.findFirst({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return oldest ? Math.max(0, (now.getTime() - oldest.createdAt.getTime()) / 1000) : 0;
}

import { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../context";
import { schedulerConfigured } from "../inngest/client";

/** What the reminders page shows for each reminder, with the reason where there is one. */
export type ReminderState =
  | "WAITING_TO_DISPATCH"
  | "SCHEDULED"
  | "SENT"
  | "DELIVERED"
  | "READ"
  | "FAILED"
  | "CANCELLED"
  | "SKIPPED";

type Row = {
  status: "ACTIVE" | "DONE" | "CANCELLED" | "FAILED";
  deliveries: { status: string }[];
};

export function reminderState(row: Row, waitingToDispatch: boolean): ReminderState {
  if (row.status === "CANCELLED") return "CANCELLED";
  if (row.status === "FAILED") return "FAILED";
  const last = row.deliveries[0]?.status;
  if (row.status === "ACTIVE") return waitingToDispatch ? "WAITING_TO_DISPATCH" : "SCHEDULED";
  if (last === "SKIPPED" || last === undefined) return "SKIPPED";
  if (last === "DELIVERED" || last === "READ" || last === "FAILED") return last;
  return "SENT";
}

/** Reminders whose latest "reminder/scheduled" event has not reached Inngest yet. */
async function waitingIds(ctx: DomainContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db.$queryRaw<{ reminderId: string }[]>`
    SELECT DISTINCT "data"->>'reminderId' AS "reminderId" FROM "OutboxEvent"
    WHERE "businessId" = ${ctx.businessId} AND "status" = 'PENDING' AND "name" = 'reminder/scheduled'
      AND "data"->>'reminderId' IN (${Prisma.join(ids)})`;
  return new Set(rows.map((row) => row.reminderId));
}

/** Newest first, for the shop or one customer, each with its state and its deliveries. */
export async function listReminders(
  ctx: DomainContext,
  input: { customerId?: string | null; limit: number; cursor?: string | null },
) {
  const rows = await ctx.db.reminder.findMany({
    where: { businessId: ctx.businessId, ...(input.customerId ? { customerId: input.customerId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    include: {
      customer: { select: { id: true, name: true } },
      deliveries: {
        orderBy: { occurrence: "desc" },
        select: {
          id: true,
          occurrence: true,
          status: true,
          reason: true,
          sentVia: true,
          amountPaise: true,
          body: true,
          recipient: true,
          createdAt: true,
          updatedAt: true,
        },
      },
    },
  });
  const page = rows.slice(0, input.limit);
  const scheduler = schedulerConfigured();
  const waiting = await waitingIds(
    ctx,
    page.filter((row) => row.status === "ACTIVE").map((row) => row.id),
  );
  return {
    scheduler,
    items: page.map(({ template: _template, ...row }) => ({
      ...row,
      state: reminderState(row, !scheduler || waiting.has(row.id)),
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

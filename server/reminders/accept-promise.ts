import type { PromiseStatus } from "@/generated/prisma/enums";
import { istDate, istDayBounds } from "@/lib/reminders/send-time";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { DbOrTx } from "../db";
import { AppError, notFound } from "../errors";
import { inOneTransaction, inTransaction } from "../transaction";
import { dayAfter } from "./promises";
import { rescheduleReminder } from "./reschedule-reminder";

/** `sendAt`'s IST time of day, on the IST day `day` ("YYYY-MM-DD"). */
function sameTimeOnDay(sendAt: Date, day: string): Date {
  const timeOfDay = sendAt.getTime() - istDayBounds(sendAt).start.getTime();
  return new Date(new Date(`${day}T00:00:00+05:30`).getTime() + timeOfDay);
}

/** This shop's reply that offered a promise, of a customer not erased; else NOT_FOUND. */
async function findPromise(db: DbOrTx, businessId: string, id: string) {
  const message = await db.inboundMessage.findFirst({
    where: { id, businessId, promiseStatus: { not: null }, customerId: { not: null } },
    select: { id: true, customerId: true, promisedFor: true, promiseStatus: true },
  });
  if (!message?.customerId || !message.promisedFor) throw notFound("Promise");
  const customer = await db.customer.findFirst({
    where: { id: message.customerId, businessId, erasedAt: null },
    select: { id: true },
  });
  if (!customer) throw notFound("Promise");
  return { status: message.promiseStatus, customerId: message.customerId, day: istDate(message.promisedFor) };
}

function alreadyDecided(status: PromiseStatus | null) {
  return new AppError(
    "CONFLICT",
    status === "ACCEPTED" ? "This promise was accepted already" : "This promise was dismissed already",
  );
}

/** Only an OFFERED promise changes; under concurrency the first update wins and the rest learn why. */
async function decide(db: DbOrTx, businessId: string, id: string, to: "ACCEPTED" | "DISMISSED") {
  const updated = await db.inboundMessage.updateMany({
    where: { id, businessId, promiseStatus: "OFFERED" },
    data: { promiseStatus: to },
  });
  if (updated.count === 1) return;
  const now = await db.inboundMessage.findFirst({
    where: { id, businessId },
    select: { promiseStatus: true },
  });
  throw alreadyDecided(now?.promiseStatus ?? null);
}

/**
 * The merchant accepts "I'll pay on Friday": the customer's active reminders move to the day
 * after, each at its own time of day, through rescheduleReminder (so each new time reaches the
 * scheduler via the outbox). Of two accepts of one promise, the conditional update lets one win.
 */
export async function acceptPromise(ctx: DomainContext, id: string, now = new Date()) {
  return inOneTransaction(ctx, async (inner) => {
    const promise = await findPromise(inner.db, ctx.businessId, id);
    if (promise.status !== "OFFERED") throw alreadyDecided(promise.status);
    if (promise.day < istDate(now)) {
      throw new AppError(
        "BAD_REQUEST",
        "The promised day has passed. Dismiss it or reschedule the reminder.",
      );
    }
    await decide(inner.db, ctx.businessId, id, "ACCEPTED");
    const remindOn = dayAfter(promise.day);
    const active = await inner.db.reminder.findMany({
      where: { businessId: ctx.businessId, customerId: promise.customerId, status: "ACTIVE" },
      orderBy: { sendAt: "asc" },
      select: { id: true, sendAt: true },
    });
    // One after another: nested savepoints must not run alongside other queries of the transaction.
    for (const reminder of active) {
      await rescheduleReminder(inner, reminder.id, sameTimeOnDay(reminder.sendAt, remindOn), now);
    }
    await recordAudit(inner.db, inner, {
      action: "promise.accept",
      entityType: "InboundMessage",
      entityId: id,
      before: { promiseStatus: "OFFERED" },
      after: { promiseStatus: "ACCEPTED", promisedFor: promise.day, remindersMoved: active.length },
    });
    return { moved: active.length, remindOn };
  });
}

/** The merchant does not take the reply as a promise: nothing moves. Dismissing twice is harmless. */
export async function dismissPromise(ctx: DomainContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    const promise = await findPromise(tx, ctx.businessId, id);
    if (promise.status === "DISMISSED") return { dismissed: true };
    await decide(tx, ctx.businessId, id, "DISMISSED");
    await recordAudit(tx, ctx, {
      action: "promise.dismiss",
      entityType: "InboundMessage",
      entityId: id,
      before: { promiseStatus: "OFFERED" },
      after: { promiseStatus: "DISMISSED" },
    });
    return { dismissed: true };
  });
}

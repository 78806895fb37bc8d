import type { DomainContext } from "../context";
import { AppError, notFound } from "../errors";
import { schedulerConfigured } from "../inngest/client";
import { rescheduleReminder } from "./reschedule-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { reminderSenderFor, statementLinkForReminder } from "./senders";

/**
 * "Send now". With a scheduler the reminder is rescheduled to now and its run sends it. Without
 * one, this request runs the very send step the Inngest function runs (the development channel,
 * or a configured provider), under the same token rules, so nothing goes out twice.
 */
export async function sendReminderNow(ctx: DomainContext, id: string, now = new Date()) {
  if (schedulerConfigured()) {
    await rescheduleReminder(ctx, id, now, now);
    return { kind: "queued" as const };
  }
  const reminder = await ctx.db.reminder.findFirst({ where: { id, businessId: ctx.businessId } });
  if (!reminder) throw notFound("Reminder");
  if (reminder.status !== "ACTIVE") throw new AppError("CONFLICT", "This reminder has finished already");
  const occurrence = reminder.occurrence + 1;
  // A send that failed on the way keeps its time, so this retries that very claim.
  const unfinished = await ctx.db.reminderDelivery.findUnique({
    where: { reminderId_occurrence: { reminderId: id, occurrence } },
    select: { status: true, scheduledFor: true },
  });
  const sendAt = unfinished?.status === "SENDING" ? unfinished.scheduledFor : now;
  // The occurrence's send time becomes now; no event is written, as no scheduler would run it.
  await ctx.db.reminder.update({ where: { id }, data: { sendAt } });
  return sendReminderOccurrence(
    { db: ctx.db, senderFor: reminderSenderFor(), statementLink: statementLinkForReminder, now: () => now },
    { reminderId: id, businessId: ctx.businessId, occurrence, sendAt: sendAt.toISOString() },
  );
}

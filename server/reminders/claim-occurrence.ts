import { istDayBounds, nextMorningAfter, outOfQuietHours } from "@/lib/reminders/send-time";
import type { Tx } from "../db";
import { enqueueEvent, REMINDER_SCHEDULED, type ReminderScheduledData } from "./events";
import { recipientFor, reminderMessage } from "./message";
import { quietHours } from "./quiet-hours";
import type { ReminderMessage } from "./sender";

export type Claim =
  | { kind: "send"; deliveryId: string; message: ReminderMessage }
  | { kind: "done"; outcome: OccurrenceOutcome };

/** What one occurrence came to; stored nowhere itself, the rows are the record. */
export type OccurrenceOutcome =
  | { kind: "sent"; deliveryId: string; nextSendAt: string | null }
  | { kind: "skipped"; reason: "NOTHING_DUE" | "NO_CONTACT" | "CUSTOMER_ERASED" }
  | { kind: "postponed"; reason: "QUIET_HOURS" | "ALREADY_REMINDED_TODAY"; sendAt: string }
  | { kind: "failed"; reason: string }
  | { kind: "stale"; reason: "NOT_FOUND" | "NOT_ACTIVE" | "RESCHEDULED" };

export type ClaimOptions = {
  now: Date;
  statementLink: (tx: Tx, target: { businessId: string; customerId: string }) => Promise<string | null>;
};

async function lockedReminder(tx: Tx, event: ReminderScheduledData) {
  await tx.$queryRaw`SELECT "id" FROM "Reminder" WHERE "id" = ${event.reminderId} FOR UPDATE`;
  return tx.reminder.findFirst({
    where: { id: event.reminderId, businessId: event.businessId },
    include: {
      customer: {
        select: { id: true, name: true, phone: true, email: true, balancePaise: true, erasedAt: true },
      },
      business: { select: { name: true, upiVpa: true } },
    },
  });
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockedReminder>>>;

async function postpone(tx: Tx, reminder: Locked, event: ReminderScheduledData, sendAt: Date) {
  await tx.reminder.update({ where: { id: reminder.id }, data: { sendAt } });
  await enqueueEvent(tx, {
    name: REMINDER_SCHEDULED,
    data: { ...event, sendAt: sendAt.toISOString() },
  });
}

async function skip(
  tx: Tx,
  reminder: Locked,
  event: ReminderScheduledData,
  reason: "NOTHING_DUE" | "NO_CONTACT",
) {
  await tx.reminderDelivery.create({
    data: {
      businessId: reminder.businessId,
      reminderId: reminder.id,
      customerId: reminder.customerId,
      occurrence: event.occurrence,
      scheduledFor: reminder.sendAt,
      channel: reminder.channel,
      status: "SKIPPED",
      reason,
    },
  });
  await tx.reminder.update({
    where: { id: reminder.id },
    data:
      reason === "NOTHING_DUE"
        ? { status: "DONE", statusReason: "PAID", occurrence: event.occurrence }
        : { status: "FAILED", statusReason: reason, occurrence: event.occurrence },
  });
}

/** Another reminder already reached this customer today (IST): one a day, whatever the schedule. */
async function remindedToday(tx: Tx, reminder: Locked, now: Date) {
  const { start, end } = istDayBounds(now);
  const sent = await tx.reminderDelivery.count({
    where: {
      businessId: reminder.businessId,
      customerId: reminder.customerId,
      status: { in: ["SENDING", "SENT", "DELIVERED", "READ"] },
      reminderId: { not: reminder.id },
      createdAt: { gte: start, lt: end },
    },
  });
  return sent > 0;
}

/**
 * Decide, under the reminder's row lock, what this occurrence does: nothing (stale, or already
 * sent by this very run before a crash), skip (paid, no contact), move (quiet hours, already
 * reminded today), or claim it for sending (a SENDING delivery with the message it will send).
 */
export async function claimOccurrence(
  tx: Tx,
  event: ReminderScheduledData,
  options: ClaimOptions,
): Promise<Claim> {
  const done = (outcome: OccurrenceOutcome): Claim => ({ kind: "done", outcome });
  const reminder = await lockedReminder(tx, event);
  if (!reminder) return done({ kind: "stale", reason: "NOT_FOUND" });
  const scheduledFor = new Date(event.sendAt);
  const earlier = await tx.reminderDelivery.findUnique({
    where: { reminderId_occurrence: { reminderId: reminder.id, occurrence: event.occurrence } },
  });
  const mine = earlier !== null && earlier.scheduledFor.getTime() === scheduledFor.getTime();
  if (earlier && mine && earlier.status !== "SENDING") {
    // This run already finished the occurrence (a retry after the commit): report it again.
    if (earlier.status === "SKIPPED") {
      const reason = earlier.reason === "NO_CONTACT" ? "NO_CONTACT" : "NOTHING_DUE";
      return done({ kind: "skipped", reason });
    }
    if (earlier.status === "FAILED") return done({ kind: "failed", reason: earlier.reason ?? "FAILED" });
    const next = reminder.status === "ACTIVE" && reminder.occurrence === event.occurrence;
    return done({
      kind: "sent",
      deliveryId: earlier.id,
      nextSendAt: next ? reminder.sendAt.toISOString() : null,
    });
  }
  if (reminder.status !== "ACTIVE") return done({ kind: "stale", reason: "NOT_ACTIVE" });
  if (earlier && !mine) return done({ kind: "stale", reason: "RESCHEDULED" });
  if (reminder.occurrence + 1 !== event.occurrence || reminder.sendAt.getTime() !== scheduledFor.getTime()) {
    return done({ kind: "stale", reason: "RESCHEDULED" });
  }
  const balancePaise = Number(reminder.customer.balancePaise);
  if (balancePaise <= 0) {
    await skip(tx, reminder, event, "NOTHING_DUE");
    return done({ kind: "skipped", reason: "NOTHING_DUE" });
  }
  const to = reminder.customer.erasedAt ? null : recipientFor(reminder.channel, reminder.customer);
  if (!to) {
    await skip(tx, reminder, event, "NO_CONTACT");
    return done({ kind: "skipped", reason: "NO_CONTACT" });
  }
  const allowed = outOfQuietHours(options.now, quietHours());
  if (allowed.getTime() !== options.now.getTime()) {
    await postpone(tx, reminder, event, allowed);
    return done({ kind: "postponed", reason: "QUIET_HOURS", sendAt: allowed.toISOString() });
  }
  if (await remindedToday(tx, reminder, options.now)) {
    const tomorrow = nextMorningAfter(options.now);
    await postpone(tx, reminder, event, tomorrow);
    return done({ kind: "postponed", reason: "ALREADY_REMINDED_TODAY", sendAt: tomorrow.toISOString() });
  }
  // A fixed amount never asks for more than is owed by now.
  const amountPaise = Math.min(reminder.amountPaise ?? balancePaise, balancePaise);
  const statementLink = await options.statementLink(tx, {
    businessId: reminder.businessId,
    customerId: reminder.customerId,
  });
  const message = reminderMessage({ ...reminder, reminder, amountPaise, statementLink }, to);
  const delivery = earlier
    ? await tx.reminderDelivery.update({
        where: { id: earlier.id },
        data: { recipient: to, body: message.text, amountPaise },
      })
    : await tx.reminderDelivery.create({
        data: {
          businessId: reminder.businessId,
          reminderId: reminder.id,
          customerId: reminder.customerId,
          occurrence: event.occurrence,
          scheduledFor,
          channel: reminder.channel,
          status: "SENDING",
          // The claim's own clock (the caller's now): "one a day" is counted on it.
          createdAt: options.now,
          recipient: to,
          body: message.text,
          amountPaise,
        },
      });
  return { kind: "send", deliveryId: delivery.id, message };
}

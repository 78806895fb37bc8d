import type { ReminderChannel } from "@/generated/prisma/enums";
import { outOfQuietHours } from "@/lib/reminders/send-time";
import type { Db, Tx } from "../db";
import { logger } from "../logger";
import { countReminderSend } from "../observability/business-metrics";
import { type ClaimOptions, claimOccurrence, type OccurrenceOutcome } from "./claim-occurrence";
import { enqueueEvent, REMINDER_SCHEDULED, type ReminderScheduledData } from "./events";
import { quietHours } from "./quiet-hours";
import {
  failureReasonOf,
  isPermanentSendFailure,
  nothingWasSent,
  type ReminderMessage,
  type SenderFor,
} from "./sender";

export type { OccurrenceOutcome } from "./claim-occurrence";

const DAY_MS = 24 * 60 * 60 * 1000;

export type SendDeps = {
  db: Db;
  senderFor: SenderFor;
  now?: () => Date;
  statementLink?: ClaimOptions["statementLink"];
};

/** After a sent occurrence: the next one (recurring, still owed, under the cap), or done. */
async function finishSent(
  tx: Tx,
  event: ReminderScheduledData,
  deliveryId: string,
  via: string,
  providerMessageId: string | null,
  now: Date,
) {
  const reminder = await tx.reminder.findUniqueOrThrow({
    where: { id: event.reminderId },
    include: { customer: { select: { balancePaise: true } } },
  });
  await tx.reminderDelivery.update({
    where: { id: deliveryId },
    data: { status: "SENT", sentVia: via, providerMessageId, reason: null },
  });
  const more =
    reminder.everyDays != null &&
    event.occurrence < reminder.maxOccurrences &&
    Number(reminder.customer.balancePaise) > 0;
  if (!more) {
    await tx.reminder.update({
      where: { id: reminder.id },
      data: { occurrence: event.occurrence, status: "DONE" },
    });
    return null;
  }
  const nextSendAt = outOfQuietHours(
    new Date(now.getTime() + (reminder.everyDays ?? 1) * DAY_MS),
    quietHours(),
  );
  await tx.reminder.update({
    where: { id: reminder.id },
    data: { occurrence: event.occurrence, sendAt: nextSendAt },
  });
  await enqueueEvent(tx, {
    name: REMINDER_SCHEDULED,
    data: { ...event, occurrence: event.occurrence + 1, sendAt: nextSendAt.toISOString() },
  });
  return nextSendAt.toISOString();
}

// The same phone number reaches the customer on either: when one provider is down the other is tried.
const FALLBACK: Partial<Record<ReminderChannel, ReminderChannel>> = { WHATSAPP: "SMS", SMS: "WHATSAPP" };

/**
 * Send on the reminder's channel; when that provider's circuit is open (it has been failing, and
 * nothing was sent) and the other phone channel has a real provider, send there instead. With no
 * such channel the error stands and the caller waits and tries again.
 */
async function sendWithFallback(senderFor: SenderFor, message: ReminderMessage, idempotencyKey: string) {
  const sender = senderFor(message.channel);
  try {
    return { via: sender.via, ...(await sender.send(message, { idempotencyKey })) };
  } catch (error) {
    const alternative = FALLBACK[message.channel];
    const next = alternative && nothingWasSent(error) ? senderFor(alternative) : null;
    if (!alternative || !next || next.via === "development") throw error;
    logger.warn(
      { from: sender.via, to: next.via, idempotencyKey },
      "reminder provider down: sending on the other channel",
    );
    return { via: next.via, ...(await next.send({ ...message, channel: alternative }, { idempotencyKey })) };
  }
}

/**
 * One occurrence of a reminder, end to end: the step the Inngest function runs and the
 * development channel's "send now" calls. Safe to run again for the same event: a finished
 * occurrence is reported, not sent twice. A transient send failure throws (the caller retries);
 * a permanent one marks the delivery and the reminder FAILED and is returned.
 */
export async function sendReminderOccurrence(
  deps: SendDeps,
  event: ReminderScheduledData,
): Promise<OccurrenceOutcome> {
  const now = deps.now?.() ?? new Date();
  const claim = await deps.db.$transaction((tx) =>
    claimOccurrence(tx, event, { now, statementLink: deps.statementLink ?? (async () => null) }),
  );
  if (claim.kind === "done") return claim.outcome;
  const sender = deps.senderFor(claim.message.channel);
  try {
    const { via, providerMessageId } = await sendWithFallback(
      deps.senderFor,
      claim.message,
      `${event.reminderId}:${event.occurrence}`,
    );
    const nextSendAt = await deps.db.$transaction((tx) =>
      finishSent(tx, event, claim.deliveryId, via, providerMessageId, now),
    );
    countReminderSend("sent", via);
    return { kind: "sent", deliveryId: claim.deliveryId, nextSendAt };
  } catch (error) {
    const reason = failureReasonOf(error);
    logger.warn(
      { reminderId: event.reminderId, occurrence: event.occurrence, via: sender.via, reason },
      "reminder send failed",
    );
    if (!isPermanentSendFailure(error)) {
      countReminderSend("retry", sender.via);
      await deps.db.reminderDelivery.update({ where: { id: claim.deliveryId }, data: { reason } });
      throw error;
    }
    countReminderSend("failed", sender.via);
    await deps.db.$transaction([
      deps.db.reminderDelivery.update({
        where: { id: claim.deliveryId },
        data: { status: "FAILED", sentVia: sender.via, reason },
      }),
      deps.db.reminder.update({
        where: { id: event.reminderId },
        data: { status: "FAILED", statusReason: reason, occurrence: event.occurrence },
      }),
    ]);
    return { kind: "failed", reason };
  }
}

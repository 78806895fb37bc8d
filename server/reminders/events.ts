import type { DbOrTx } from "../db";

// The events of the reminders module. Written to the outbox in the transaction of the change
// they announce and published by the relay (outbox-relay.ts) with the outbox row id as event id.
export const REMINDER_SCHEDULED = "reminder/scheduled";
export const REMINDER_CANCELLED = "reminder/cancelled";

/** One occurrence of a reminder is due at `sendAt` (ISO). A stale one (rescheduled) does nothing. */
export type ReminderScheduledData = {
  reminderId: string;
  businessId: string;
  occurrence: number;
  sendAt: string;
};
export type ReminderCancelledData = { reminderId: string; businessId: string; reason: string };

export async function enqueueEvent(
  tx: DbOrTx,
  event:
    | { name: typeof REMINDER_SCHEDULED; data: ReminderScheduledData }
    | { name: typeof REMINDER_CANCELLED; data: ReminderCancelledData },
) {
  return tx.outboxEvent.create({
    data: { businessId: event.data.businessId, name: event.name, data: event.data },
    select: { id: true },
  });
}

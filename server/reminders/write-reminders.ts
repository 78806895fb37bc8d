import type { MessageLanguage, ReminderChannel } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { REMINDER_SCHEDULED, type ReminderScheduledData } from "./events";

/** One reminder to write, its send time already checked and moved out of the quiet hours. */
export type ReminderDraft = {
  customerId: string;
  channel: ReminderChannel;
  language: MessageLanguage;
  template: string;
  amountPaise: number | null;
  sendAt: Date;
  everyDays: number | null;
  maxOccurrences: number;
};

// Keeps each INSERT's parameter count far below PostgreSQL's 65,535.
const WRITE_BATCH = 1_000;

/**
 * Reminders and the first "reminder/scheduled" event of each, in the caller's transaction (the
 * outbox): an Inngest outage then delays them and never loses them. The one writer of new
 * reminders, for one (createReminder) or many (createOverdueReminders). The caller audits.
 */
export async function writeReminders(tx: Tx, ctx: DomainContext, drafts: ReminderDraft[]) {
  const written = [];
  for (let start = 0; start < drafts.length; start += WRITE_BATCH) {
    const batch = drafts.slice(start, start + WRITE_BATCH);
    const reminders = await tx.reminder.createManyAndReturn({
      data: batch.map((draft) => ({
        ...draft,
        businessId: ctx.businessId,
        createdById: ctx.actor.userId,
      })),
    });
    await tx.outboxEvent.createMany({
      data: reminders.map((reminder) => {
        const data: ReminderScheduledData = {
          reminderId: reminder.id,
          businessId: ctx.businessId,
          occurrence: 1,
          sendAt: reminder.sendAt.toISOString(),
        };
        return { businessId: ctx.businessId, name: REMINDER_SCHEDULED, data };
      }),
    });
    written.push(...reminders);
  }
  return written;
}

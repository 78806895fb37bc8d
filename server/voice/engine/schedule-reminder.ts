import { reminderTimeOnDay } from "@/lib/reminders/send-time";
import type { DomainContext } from "../../context";
import { AppError } from "../../errors";
import { schedulerConfigured } from "../../inngest/client";
import { createReminder } from "../../reminders/create-reminder";
import { type Lang, reminderWhen, replies } from "./replies";
import type { Outcome, VoiceAction } from "./types";

type ReminderAction = Extract<VoiceAction, { kind: "schedule_reminder" }>;

/**
 * "Rahul ko kal reminder bhejo", after the haan: a WhatsApp reminder for the balance at send time,
 * through the reminders module (10:00 IST on the day said, or now). Nothing is sent inside the
 * voice turn: the outbox hands it to the scheduler, so a turn that rolls back sends nothing.
 */
export async function scheduleReminderByVoice(
  ctx: DomainContext,
  action: ReminderAction,
  lang: Lang,
): Promise<Outcome> {
  const now = new Date();
  try {
    const reminder = await createReminder(
      ctx,
      {
        customerId: action.customerId,
        channel: "WHATSAPP",
        sendAt: reminderTimeOnDay(action.day, now),
        maxOccurrences: 1,
      },
      now,
    );
    const reply = !schedulerConfigured()
      ? replies.reminderWaiting(lang, action.customerName)
      : replies.reminderScheduled(
          lang,
          action.customerName,
          action.day ? reminderWhen(lang, action.day) : null,
        );
    return { status: "EXECUTED", reply, resultEntityType: "Reminder", resultEntityId: reminder.id };
  } catch (error) {
    const refusal = reminderRefusal(error, lang, action.customerName);
    if (refusal) return { status: "REJECTED", reply: refusal };
    throw error;
  }
}

/** What to say when the reminders module refuses (no phone, nothing owed); null for other errors. */
export function reminderRefusal(error: unknown, lang: Lang, name: string): string | null {
  const reason = error instanceof AppError ? error.details?.reason : undefined;
  if (reason === "NO_CONTACT") return replies.reminderNoPhone(lang, name);
  if (reason === "NOTHING_DUE") return replies.reminderNothingDue(lang, name);
  return null;
}

/** Before asking "bhejun?": a customer with no phone or nothing owed is told so at once. */
export async function reminderQuestion(
  ctx: DomainContext,
  action: ReminderAction,
  lang: Lang,
): Promise<{ refused: string } | { action: ReminderAction; reply: string } | null> {
  const customer = await ctx.db.customer.findFirst({
    where: { id: action.customerId, businessId: ctx.businessId, erasedAt: null },
    select: { phone: true, balancePaise: true },
  });
  if (!customer) return null;
  const balancePaise = Number(customer.balancePaise);
  if (!customer.phone) return { refused: replies.reminderNoPhone(lang, action.customerName) };
  if (balancePaise <= 0) return { refused: replies.reminderNothingDue(lang, action.customerName) };
  const withBalance = { ...action, balancePaise };
  return { action: withBalance, reply: replies.confirm(lang, withBalance) };
}

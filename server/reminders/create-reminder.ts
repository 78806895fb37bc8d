import type { z } from "zod";
import { outOfQuietHours } from "@/lib/reminders/send-time";
import { defaultTemplate } from "@/lib/reminders/template";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError, notFound } from "../errors";
import { inTransaction } from "../transaction";
import { quietHours } from "./quiet-hours";
import type { createReminderInput } from "./schema";
import { assertSendTimeAhead } from "./send-time-check";
import { writeReminders } from "./write-reminders";

type Input = z.output<typeof createReminderInput>;

async function reachableCustomer(ctx: DomainContext, input: Input) {
  const customer = await ctx.db.customer.findFirst({
    where: { id: input.customerId, businessId: ctx.businessId, erasedAt: null },
    select: { id: true, phone: true, email: true, balancePaise: true, messageLanguage: true },
  });
  if (!customer) throw notFound("Customer");
  if (input.channel !== "EMAIL" && !customer.phone) {
    throw new AppError(
      "BAD_REQUEST",
      "This customer has no mobile number. Add one to send WhatsApp or SMS reminders.",
      { channel: "Add a mobile number first" },
      { reason: "NO_CONTACT" },
    );
  }
  if (input.channel === "EMAIL" && !customer.email) {
    throw new AppError(
      "BAD_REQUEST",
      "This customer has no email address. Add one to send email reminders.",
      { channel: "Add an email address first" },
      { reason: "NO_CONTACT" },
    );
  }
  return customer;
}

function assertAmountSensible(input: Input, balancePaise: number) {
  if (input.amountPaise == null && balancePaise <= 0) {
    throw new AppError(
      "BAD_REQUEST",
      "This customer owes nothing now, so there is nothing to remind about.",
      undefined,
      { reason: "NOTHING_DUE" },
    );
  }
  if (input.amountPaise != null && input.amountPaise > balancePaise && !input.confirmAboveBalance) {
    throw new AppError("PRECONDITION_FAILED", "The amount is more than the balance due", undefined, {
      balancePaise,
    });
  }
}

/** The send time a reminder gets: now if asked within the last minute, out of the quiet hours. */
export function reminderSendTime(asked: Date, now: Date) {
  const at = assertSendTimeAhead(asked, now);
  const sendAt = outOfQuietHours(at, quietHours());
  return { sendAt, movedFrom: sendAt.getTime() === at.getTime() ? null : at };
}

/**
 * A reminder for one customer: written with its first "reminder/scheduled" event in one
 * transaction (the outbox), so an Inngest outage delays it and never loses it. A send time in
 * the quiet hours moves to 09:00; `movedFrom` says so.
 */
export async function createReminder(ctx: DomainContext, input: Input, now = new Date()) {
  const customer = await reachableCustomer(ctx, input);
  assertAmountSensible(input, Number(customer.balancePaise));
  const { sendAt, movedFrom } = reminderSendTime(input.sendAt, now);
  const language = input.language ?? customer.messageLanguage;
  const recurring = input.everyDays != null;
  return inTransaction(ctx, async (tx) => {
    const [reminder] = await writeReminders(tx, ctx, [
      {
        customerId: customer.id,
        channel: input.channel,
        language,
        template: input.template ?? defaultTemplate(language),
        amountPaise: input.amountPaise ?? null,
        sendAt,
        everyDays: input.everyDays ?? null,
        maxOccurrences: recurring ? input.maxOccurrences : 1,
      },
    ]);
    if (!reminder) throw new Error("writeReminders wrote no reminder");
    await recordAudit(tx, ctx, {
      action: "reminder.create",
      entityType: "Reminder",
      entityId: reminder.id,
      after: {
        customerId: customer.id,
        channel: reminder.channel,
        sendAt: sendAt.toISOString(),
        amountPaise: reminder.amountPaise,
        everyDays: reminder.everyDays,
        maxOccurrences: reminder.maxOccurrences,
      },
    });
    return { ...reminder, movedFrom };
  });
}

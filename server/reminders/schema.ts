import { z } from "zod";
import { MessageLanguage, ReminderChannel } from "@/generated/prisma/enums";
import { amountPaise } from "@/lib/money/schema";
import { unknownTemplateVariables } from "@/lib/reminders/template";
import { customerId } from "../customers/schema";

export const reminderId = z.string().min(1).max(64);
export const reminderIdInput = z.object({ id: reminderId });

const template = z
  .string()
  .trim()
  .min(1, "Write the reminder text")
  .max(1000, "At most 1000 characters")
  .superRefine((text, zctx) => {
    const unknown = unknownTemplateVariables(text);
    if (unknown.length > 0) {
      zctx.addIssue({
        code: "custom",
        message: "Use only {name}, {amount}, {shop}, {upi_link} and {statement_link}",
      });
    }
  });

export const createReminderInput = z.object({
  customerId,
  channel: z.enum(ReminderChannel).default("WHATSAPP"),
  /** Default: the customer's message language. */
  language: z.enum(MessageLanguage).nullish(),
  /** Default: the text for the language (lib/reminders/template.ts). */
  template: template.nullish(),
  /** Default: the balance due when each occurrence is sent. */
  amountPaise: amountPaise.nullish(),
  sendAt: z.coerce.date({ error: "Choose when to send it" }),
  everyDays: z.number().int().min(1, "At least every day").max(90, "At most every 90 days").nullish(),
  maxOccurrences: z.number().int().min(1).max(30, "At most 30 reminders").default(1),
  /** The merchant saw that the amount is more than the balance and wants it anyway. */
  confirmAboveBalance: z.boolean().optional(),
});
export type CreateReminderInput = z.input<typeof createReminderInput>;

export const rescheduleReminderInput = z.object({
  id: reminderId,
  sendAt: z.coerce.date({ error: "Choose when to send it" }),
});

export const listRemindersInput = z.object({
  customerId: customerId.nullish(),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(64).nullish(),
});

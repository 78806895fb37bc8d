import { z } from "zod";
import { ReminderChannel } from "@/generated/prisma/enums";
import { idempotencyKey } from "../ledger/schema";

/** "Remind everyone over N days overdue": N is the age of a customer's oldest unpaid debit. */
const minDaysOverdue = z
  .number({ error: "Enter a number of days" })
  .int("Enter a whole number of days")
  .min(1, "From 1 to 365 days")
  .max(365, "From 1 to 365 days")
  .default(30);

export const bulkPreviewInput = z.object({
  minDaysOverdue,
  channel: z.enum(ReminderChannel).default("WHATSAPP"),
});

export const bulkCreateInput = bulkPreviewInput.extend({
  /** Default: now (moved out of the quiet hours like any reminder). */
  sendAt: z.coerce.date({ error: "Choose when to send it" }).nullish(),
  /** How many reminders the preview the merchant confirmed said would go out. */
  expectedCount: z.number().int().min(1, "Nobody to remind").max(1_000_000),
  /** Chosen by the browser once per dialog: a repeated request (double click, retry) creates nothing more. */
  bulkKey: idempotencyKey,
});

export type BulkPreviewInput = z.output<typeof bulkPreviewInput>;
export type BulkCreateInput = z.output<typeof bulkCreateInput>;

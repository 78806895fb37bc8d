import { z } from "zod";
import { PaymentMode } from "@/generated/prisma/enums";
import { amountPaise } from "@/lib/money/schema";
import { customerId } from "../customers/schema";
import { istDate } from "../reports/schema";

export const idempotencyKey = z.string().trim().min(8, "Idempotency key too short").max(100);
export const paymentMode = z.enum(PaymentMode);

export const recordPaymentInput = z.object({
  customerId,
  amountPaise,
  mode: paymentMode.default("CASH"),
  reference: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(500).nullish(),
  /** The IST day it happened, "YYYY-MM-DD"; absent or null: now. Range checked by the domain. */
  occurredOn: istDate.nullish(),
  idempotencyKey,
});

export const recordCreditInput = z.object({
  customerId,
  amountPaise,
  note: z.string().trim().max(500).nullish(),
  /** The IST day it happened, "YYYY-MM-DD"; absent or null: now. Range checked by the domain. */
  occurredOn: istDate.nullish(),
  idempotencyKey,
});

export const reverseEntryInput = z.object({
  entryId: z.string().min(1).max(64),
  reason: z.string().trim().min(1, "Say why").max(300),
  idempotencyKey,
});

export const correctEntryInput = reverseEntryInput.extend({ amountPaise });

export const statementInput = z.object({
  customerId,
  cursor: z.string().max(64).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type RecordPaymentInput = z.output<typeof recordPaymentInput>;
export type RecordCreditInput = z.output<typeof recordCreditInput>;

import { z } from "zod";
import { PRODUCT_UNITS } from "@/lib/products/units";
import { INTENTS, type ParsedCommand } from "../../types";
import type { CustomerAction, CustomerActionDraft, VoiceAction } from "../types";

// What a voice turn stores is read back minutes later by another instance, possibly after a
// deploy changed these shapes: every stored part is checked, never cast.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1).max(64);
const entryDetails = { occurredOn: day.nullish(), note: z.string().max(500).nullish() };

const voiceItem = z.object({
  productId: id,
  product: z.string(),
  quantityMilli: z.number().int().positive(),
  unit: z.string().nullable(),
});

const amountPaise = z.number().int().nonnegative();
// Each customer command's own fields; the customer is added once it is known.
const payment = {
  kind: z.literal("record_payment"),
  amountPaise,
  mode: z.enum(["CASH", "UPI", "CARD", "BANK", "OTHER"]),
  ...entryDetails,
};
const credit = { kind: z.literal("record_credit"), amountPaise, ...entryDetails };
const invoice = { kind: z.literal("create_invoice"), items: z.array(voiceItem).min(1) };
const balance = { kind: z.literal("get_balance") };
const reminder = {
  kind: z.literal("schedule_reminder"),
  day: day.nullable(),
  balancePaise: z.number().int().optional(),
};

export const customerActionDraft: z.ZodType<CustomerActionDraft> = z.discriminatedUnion("kind", [
  z.object(payment),
  z.object(credit),
  z.object(invoice),
  z.object(balance),
  z.object(reminder),
]);

const chosen = { customerId: id, customerName: z.string().min(1) };
export const customerAction: z.ZodType<CustomerAction> = z.discriminatedUnion("kind", [
  z.object({ ...payment, ...chosen }),
  z.object({ ...credit, ...chosen }),
  z.object({ ...invoice, ...chosen }),
  z.object({ ...balance, ...chosen }),
  z.object({ ...reminder, ...chosen }),
]);

export const voiceAction: z.ZodType<VoiceAction> = z.union([
  customerAction,
  z.object({ kind: z.literal("list_dues") }),
  z.object({
    kind: z.literal("get_collections"),
    from: day,
    to: day,
    period: z.enum(["day", "week", "month"]),
  }),
  z.object({ kind: z.literal("get_total_due") }),
  z.object({
    kind: z.literal("add_customer"),
    name: z.string().min(1),
    phone: z.string().nullable(),
    allowSharedPhone: z.boolean().optional(),
    andThen: customerActionDraft.optional(),
  }),
  z.object({ kind: z.literal("undo_last"), turnId: id.optional() }),
]);

const candidate = z.object({ id, name: z.string(), score: z.number() });
const customerSlot = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("matched"), id, name: z.string(), score: z.number(), mention: z.string() }),
  z.object({ kind: z.literal("ambiguous"), mention: z.string(), candidates: z.array(candidate) }),
  z.object({ kind: z.literal("unknown"), mention: z.string() }),
  z.object({ kind: z.literal("new"), name: z.string() }),
]);

const slot = z.enum(["customer", "amount", "items"]);

/** A parsed command kept while its missing slot is asked for ("Kitne rupaye?"). */
export const parsedCommand: z.ZodType<ParsedCommand> = z.object({
  intent: z.enum(INTENTS),
  customer: customerSlot.nullable(),
  amountPaise: z.number().int().nullable(),
  amountDoubt: z
    .object({
      heard: z.string(),
      reason: z.enum(["exponent", "odd_comma", "negative", "too_many_decimals", "over_cap"]),
    })
    .nullish(),
  items: z.array(
    z.object({
      productId: id,
      product: z.string(),
      quantity: z.number().positive(),
      unit: z.enum(PRODUCT_UNITS).nullable(),
      alternatives: z.array(z.string()),
    }),
  ),
  unmatchedProducts: z.array(z.string()),
  date: day.nullable(),
  period: z.object({ kind: z.enum(["day", "week", "month"]), from: day, to: day }).nullish(),
  note: z.string().nullable(),
  phone: z.string().nullable(),
  paymentMode: z.enum(["upi", "cash", "card", "cheque", "bank"]).nullable(),
  language: z.enum(["en", "hi-Latn", "hi-Deva"]),
  confidence: z.number().min(0).max(1),
  missing: z.array(slot),
});

export const slotSchema = slot;

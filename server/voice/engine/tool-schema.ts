import { z } from "zod";
import { PRODUCT_UNITS } from "@/lib/products/units";

// The LLM's tools, one schema each. The agent hands these to the model; runToolCommand parses the
// model's arguments with them again (model output is outside input).
const customer = z.string().trim().min(1).max(80).describe("The customer's name as the merchant said it");
const amountRupees = z.number().positive().max(100_000_000).describe("Amount in rupees, as said");

export const TOOL_SCHEMAS = {
  record_payment: z.object({
    customer,
    amountRupees,
    mode: z.enum(["cash", "upi", "card", "cheque", "bank"]).optional().describe("How it was paid"),
  }),
  record_credit: z.object({ customer, amountRupees }),
  create_invoice: z.object({
    customer,
    items: z
      .array(
        z.object({
          product: z.string().trim().min(1).max(80).describe("Product as said, e.g. chawal"),
          quantity: z.number().positive().max(100_000),
          unit: z.enum(PRODUCT_UNITS).optional(),
        }),
      )
      .min(1)
      .max(20),
  }),
  get_balance: z.object({ customer }),
  list_dues: z.object({}),
  // No period argument: "aaj", "is hafte" are read from the transcript (as for reminders).
  get_collections: z.object({}),
  get_total_due: z.object({}),
  add_customer: z.object({
    name: z.string().trim().min(1).max(80).describe("The new customer's name as said"),
    phone: z.string().trim().max(20).optional().describe("Mobile number as said, digits"),
  }),
  undo_last: z.object({}),
  // No day argument: the day is read from the transcript with the parser's own date code, so the
  // model cannot move a reminder to a day the merchant never said.
  schedule_reminder: z.object({ customer }),
} as const;

export type ToolName = keyof typeof TOOL_SCHEMAS;
export const TOOL_NAMES = Object.keys(TOOL_SCHEMAS) as ToolName[];
export type ToolArgs<T extends ToolName> = z.infer<(typeof TOOL_SCHEMAS)[T]>;

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  record_payment: "The merchant received money from a customer (you got / mile / jama).",
  record_credit: "The merchant gave goods or money on credit to a customer (udhaar / you gave).",
  create_invoice: "Make a bill for a customer with the products and quantities said.",
  get_balance: "How much one customer owes.",
  list_dues: "Which customers owe the most.",
  get_collections:
    "How much money the shop received today, yesterday, this week or this month (aaj kitna paisa aaya).",
  get_total_due: "How much all customers owe together (total kitna baaki hai, market mein kitna paisa hai).",
  add_customer: "Add a new customer to the khata.",
  undo_last: "Undo the merchant's own last voice entry (asks for a yes first).",
  schedule_reminder:
    "Send a customer a WhatsApp payment reminder for what they owe, on the day the merchant said or now (asks for a yes first).",
};

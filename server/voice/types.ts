import type { ProductUnit } from "@/lib/products/units";

export const INTENTS = [
  "record_payment",
  "record_credit",
  "create_invoice",
  "get_balance",
  "list_dues",
  "get_collections",
  "get_total_due",
  "schedule_reminder",
  "add_customer",
  "undo_last",
  "confirm_yes",
  "confirm_no",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];

export type Language = "en" | "hi-Latn" | "hi-Deva";
export type PaymentMode = "upi" | "cash" | "card" | "cheque" | "bank";
export type Slot = "customer" | "amount" | "items";

import type { AmountDoubt } from "./amount-doubt";
import type { Period } from "./period";

export type { AmountDoubt, Period };

/** What the parser may match names against: the shop's customers and products (or a DB-narrowed subset). */
export interface EntityCatalog {
  customers: readonly { id: string; name: string }[];
  products: readonly { id: string; name: string; aliases: readonly string[] }[];
}

export interface CustomerCandidate {
  id: string;
  name: string;
  /** 0..1: how much of the customer's name was heard, and how closely. */
  score: number;
}

export type CustomerSlot =
  | { kind: "matched"; id: string; name: string; score: number; mention: string }
  | { kind: "ambiguous"; mention: string; candidates: CustomerCandidate[] }
  /** A name was said but no customer in the catalog sounds like it. */
  | { kind: "unknown"; mention: string }
  /** add_customer: the name to create, as said. */
  | { kind: "new"; name: string };

export interface ParsedItem {
  productId: string;
  product: string;
  quantity: number;
  /** Null when only a count was said ("5 ande"). */
  unit: ProductUnit | null;
  /** Other products the same words could mean ("dal" with toor dal and moong dal in the catalog). */
  alternatives: string[];
}

export interface ParsedCommand {
  intent: Intent;
  customer: CustomerSlot | null;
  amountPaise: number | null;
  /** Said in a form not surely an amount ("1e20", "1,5", "-500"): amountPaise is null and it is asked. */
  amountDoubt?: AmountDoubt | null;
  items: ParsedItem[];
  /** Shop words heard that no catalog product answers to (English names: "mango", "rice"). */
  unmatchedProducts: string[];
  /** IST calendar day, "YYYY-MM-DD". */
  date: string | null;
  /** get_collections: the days asked about ("is hafte" = Monday to today); `date` is its first day. */
  period?: Period | null;
  /** What a payment or credit was for, as said ("doodh ke liye"); kept as the entry's note. */
  note: string | null;
  /** Ten-digit Indian mobile number. */
  phone: string | null;
  paymentMode: PaymentMode | null;
  language: Language;
  confidence: number;
  /** Slots the intent needs that were not heard or not resolved to one entity. */
  missing: Slot[];
}

export interface ParseOptions {
  now: Date;
  catalog: EntityCatalog;
}

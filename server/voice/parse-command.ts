import { findAmountDoubt } from "./amount-doubt";
import type { CustomerMatch } from "./customers";
import type { Tense } from "./dates";
import { extractSlots } from "./extract-slots";
import { classifyIntent } from "./intent";
import { detectLanguage } from "./language";
import { newCustomerName } from "./new-customer";
import { findPeriod } from "./period";
import { type Token, tokenize } from "./tokenize";
import type { CustomerSlot, Intent, ParsedCommand, ParseOptions, Slot } from "./types";

/** One spoken command is a sentence or two; longer input is cut so parsing time stays bounded. */
export const MAX_TOKENS = 80;

const TAKES_CUSTOMER = new Set<Intent>([
  "record_payment",
  "record_credit",
  "create_invoice",
  "get_balance",
  "schedule_reminder",
]);
const TAKES_AMOUNT = new Set<Intent>([
  "record_payment",
  "record_credit",
  "create_invoice",
  "schedule_reminder",
]);
const TAKES_DATE = new Set<Intent>([
  "record_payment",
  "record_credit",
  "create_invoice",
  "schedule_reminder",
]);
const TAKES_NOTE = new Set<Intent>(["record_payment", "record_credit"]);
const NEEDS: Partial<Record<Intent, Slot[]>> = {
  record_payment: ["customer", "amount"],
  record_credit: ["customer", "amount"],
  create_invoice: ["customer", "items"],
  get_balance: ["customer"],
  schedule_reminder: ["customer"],
  add_customer: ["customer"],
};

export function customerSlot(
  intent: Intent,
  match: CustomerMatch | null,
  unknown: Token[] | null,
  newName: string | null,
): CustomerSlot | null {
  if (intent === "add_customer") return newName === null ? null : { kind: "new", name: newName };
  if (!TAKES_CUSTOMER.has(intent)) return null;
  if (match !== null) {
    const [only, ...others] = match.candidates;
    if (only && others.length === 0) return { kind: "matched", ...only, mention: match.mention };
    return { kind: "ambiguous", mention: match.mention, candidates: match.candidates };
  }
  if (unknown !== null) return { kind: "unknown", mention: unknown.map((token) => token.raw).join(" ") };
  return null;
}

/** How much the customer heard and the slots still missing lower an intent's strength. */
export function confidenceFactor(customer: CustomerSlot | null, missing: readonly Slot[]): number {
  let value = 1;
  if (customer?.kind === "matched") value *= customer.score >= 0.95 ? 1 : customer.score >= 0.5 ? 0.92 : 0.85;
  if (customer?.kind === "ambiguous") value *= 0.6;
  if (customer?.kind === "unknown") value *= 0.7;
  return value * 0.75 ** missing.length;
}

function confidence(strength: number, customer: CustomerSlot | null, missing: Slot[]): number {
  return Math.round(strength * confidenceFactor(customer, missing) * 100) / 100;
}

const DOUBTFUL_AMOUNT_CONFIDENCE = 0.5;

/**
 * Turns one transcript into a command: intent, customer (matched against the catalog), amount,
 * items, date (IST), phone and payment mode, with what is still missing and a confidence.
 */
export function parseCommand(text: string, { now, catalog }: ParseOptions): ParsedCommand {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  const slots = extractSlots(tokens, catalog, now);
  const { phone, mode, amount, itemScan, dateScan } = slots;
  const decision = classifyIntent({
    tokens,
    free: slots.free,
    hasAmount: amount !== null,
    itemCount: itemScan.quantified,
    name: slots.name,
    hasDate: dateScan.date !== null,
    hasPhone: phone !== null,
    hasMode: mode !== null,
  });
  const { intent } = decision;
  const newName =
    intent === "add_customer"
      ? newCustomerName(tokens, (i) => !(phone && i >= phone.start && i < phone.end))
      : null;
  const customer = customerSlot(intent, slots.match, slots.unknown, newName);
  const tense: Tense = intent === "schedule_reminder" ? "future" : "past";
  const items = intent === "create_invoice" ? itemScan.items : [];
  const amountDoubt = TAKES_AMOUNT.has(intent) ? findAmountDoubt(text, amount?.paise ?? null) : null;
  const missing = (NEEDS[intent] ?? []).filter((slot) => {
    if (slot === "customer") return customer?.kind !== "matched" && customer?.kind !== "new";
    if (slot === "amount") return amount === null || amountDoubt !== null;
    return items.length === 0;
  });
  const sure = confidence(decision.strength, customer, missing);
  const period = intent === "get_collections" ? findPeriod(tokens, now) : null;
  return {
    intent,
    customer,
    amountPaise: TAKES_AMOUNT.has(intent) && !amountDoubt ? (amount?.paise ?? null) : null,
    amountDoubt,
    items,
    unmatchedProducts: intent === "create_invoice" ? itemScan.unmatched : [],
    date: period ? period.from : TAKES_DATE.has(intent) ? (dateScan.date?.resolve(tense) ?? null) : null,
    period,
    note: TAKES_NOTE.has(intent) ? (slots.note?.text ?? null) : null,
    phone: phone?.phone ?? null,
    paymentMode: intent === "record_payment" || intent === "record_credit" ? (mode?.mode ?? null) : null,
    language: detectLanguage(tokens),
    // An amount in doubt is never "high confidence", whatever else was heard.
    confidence: amountDoubt ? Math.min(sure, DOUBTFUL_AMOUNT_CONFIDENCE) : sure,
    missing,
  };
}

import type { PaymentMode } from "@/generated/prisma/enums";
import type { ParsedCommand, Slot } from "../types";
import type { OpenQuestion } from "./dialogue/open-question";
import { type Lang, replies, replyLang } from "./replies";
import {
  type CustomerAction,
  type CustomerActionDraft,
  type VoiceAction,
  type VoiceItem,
  withCustomer,
} from "./types";

export const LOW_CONFIDENCE = 0.7;
const MAX_CHOICES = 3;

/** A question for the merchant, kept with everything already known so the answer completes it. */
type Ask = { step: "ask"; question: OpenQuestion; reply: string };

/** What to do with a parsed utterance before anything is written. */
export type Plan = { step: "execute"; action: VoiceAction } | Ask | { step: "reject"; reply: string };

const MODES: Record<string, PaymentMode> = {
  upi: "UPI",
  cash: "CASH",
  card: "CARD",
  bank: "BANK",
  cheque: "BANK",
};

// Quantities are converted when the spoken unit is a smaller form of the product's unit.
const SCALE: Record<string, { base: string; factor: number }> = {
  g: { base: "kg", factor: 0.001 },
  ml: { base: "litre", factor: 0.001 },
};

export function toVoiceItem(
  item: ParsedCommand["items"][number],
  productUnit: string | undefined,
): VoiceItem {
  let quantity = item.quantity;
  const scale = item.unit ? SCALE[item.unit] : undefined;
  if (scale && productUnit === scale.base) quantity *= scale.factor;
  return {
    productId: item.productId,
    product: item.product,
    quantityMilli: Math.max(1, Math.round(quantity * 1000)),
    // Billed in the product's own unit (its price is per that unit).
    unit: productUnit ?? null,
  };
}

const askFor = (parsed: ParsedCommand, slot: Slot, lang: Lang): Ask => ({
  step: "ask",
  question: { kind: "missing_slot", slot, command: parsed },
  reply:
    slot === "customer"
      ? replies.askCustomer(lang)
      : slot === "amount"
        ? replies.askAmount(lang)
        : replies.askItems(lang),
});

function needsAsking(parsed: ParsedCommand, lang: Lang): Ask | null {
  const customer = parsed.customer;
  if (parsed.missing.includes("customer") && customer?.kind !== "ambiguous") {
    return askFor(parsed, "customer", lang);
  }
  return missingDetail(parsed, lang);
}

/** An amount or items still to ask for, once the customer is known or being chosen. */
function missingDetail(parsed: ParsedCommand, lang: Lang): Ask | null {
  if (parsed.missing.includes("amount") && parsed.amountDoubt) {
    return {
      ...askFor(parsed, "amount", lang),
      reply: replies.askAmountInDoubt(lang, parsed.amountDoubt.heard),
    };
  }
  if (parsed.missing.includes("amount")) return askFor(parsed, "amount", lang);
  if (parsed.missing.includes("items")) return askFor(parsed, "items", lang);
  return null;
}

/** The customer command the parse describes, before its customer is known. */
function customerDraft(parsed: ParsedCommand, units: Map<string, string>): CustomerActionDraft | null {
  const amountPaise = parsed.amountPaise ?? 0;
  switch (parsed.intent) {
    case "record_payment":
      return {
        kind: "record_payment",
        amountPaise,
        mode: MODES[parsed.paymentMode ?? "cash"] ?? "CASH",
        occurredOn: parsed.date,
        note: parsed.note,
      };
    case "record_credit":
      return { kind: "record_credit", amountPaise, occurredOn: parsed.date, note: parsed.note };
    case "create_invoice":
      return {
        kind: "create_invoice",
        items: parsed.items.map((item) => toVoiceItem(item, units.get(item.productId))),
      };
    case "get_balance":
      return { kind: "get_balance" };
    case "schedule_reminder":
      return { kind: "schedule_reminder", day: parsed.date };
    default:
      return null;
  }
}

const ALWAYS_CONFIRM = new Set<VoiceAction["kind"]>([
  "add_customer",
  "undo_last",
  "create_invoice",
  "schedule_reminder",
]);

const READS_ONLY = new Set<VoiceAction["kind"]>(["list_dues", "get_collections", "get_total_due"]);

/** How the shop wants spoken money read back (Business.voiceConfirmPaise / voiceQuickMode). */
export type ConfirmRules = {
  confirmPaise: number;
  /** Heard through a recogniser (not typed): a misheard "दो सौ" must not become ₹12 unasked. */
  spoken: boolean;
  quickMode: boolean;
};

/** Spoken money is read back unless the shop chose quick mode; money over the shop's limit always is. */
function moneyNeedsReadBack(action: VoiceAction, rules: ConfirmRules): boolean {
  if (!("amountPaise" in action)) return false;
  return (rules.spoken && !rules.quickMode) || action.amountPaise >= rules.confirmPaise;
}

function needsConfirmation(action: VoiceAction, parsed: ParsedCommand, rules: ConfirmRules): boolean {
  if (ALWAYS_CONFIRM.has(action.kind) || moneyNeedsReadBack(action, rules)) return true;
  return parsed.confidence < LOW_CONFIDENCE && !READS_ONLY.has(action.kind);
}

/** A spoken write that ran without a read-back (quick mode): its reply says how to take it back. */
export function ranUnasked(action: VoiceAction, rules: ConfirmRules): boolean {
  return rules.spoken && "amountPaise" in action;
}

const confirmPlan = (lang: Lang, action: VoiceAction): Ask => ({
  step: "ask",
  question: { kind: "confirm", action },
  reply: replies.confirm(lang, action),
});

/**
 * Once "which Rahul?" is answered, the chosen command goes through the same rules as one said
 * with the name in full: a heard amount is still unconfirmed, and a bill or reminder is still
 * read back. A choice by position ("doosra") is always read back: one short word is easily misheard.
 */
export function planChosen(
  action: CustomerAction,
  rules: ConfirmRules & { byPosition: boolean },
  lang: Lang,
) {
  if (rules.byPosition || ALWAYS_CONFIRM.has(action.kind) || moneyNeedsReadBack(action, rules)) {
    return confirmPlan(lang, action);
  }
  return { step: "execute", action } satisfies Plan;
}

/**
 * The decision table of the voice engine: ask for what is missing, confirm what is spoken money
 * (unless the shop chose quick mode), big, new, destructive or unsure; execute the rest. Nothing
 * here writes.
 */
export function planCommand(
  parsed: ParsedCommand,
  options: ConfirmRules & { productUnits: Map<string, string> },
): Plan {
  const lang = replyLang(parsed.language);
  const intent = parsed.intent;
  if (intent === "unknown" || intent === "confirm_yes" || intent === "confirm_no") {
    return { step: "reject", reply: replies.notUnderstood(lang) };
  }
  if (intent === "list_dues") return { step: "execute", action: { kind: "list_dues" } };
  if (intent === "get_total_due") return { step: "execute", action: { kind: "get_total_due" } };
  if (intent === "get_collections" && parsed.period) {
    const { from, to, kind } = parsed.period;
    return { step: "execute", action: { kind: "get_collections", from, to, period: kind } };
  }
  if (intent === "undo_last") return confirmPlan(lang, { kind: "undo_last" });
  if (intent === "add_customer") {
    if (parsed.customer?.kind !== "new") return askFor(parsed, "customer", lang);
    return confirmPlan(lang, { kind: "add_customer", name: parsed.customer.name, phone: parsed.phone });
  }
  const customer = parsed.customer;
  if (customer?.kind === "unknown") {
    const andThen = missingDetail(parsed, lang)
      ? undefined
      : (customerDraft(parsed, options.productUnits) ?? undefined);
    return {
      step: "ask",
      question: {
        kind: "confirm",
        action: { kind: "add_customer", name: customer.mention, phone: parsed.phone, andThen },
      },
      reply: replies.offerAdd(lang, customer.mention),
    };
  }
  const ask = needsAsking(parsed, lang);
  if (customer?.kind === "ambiguous") {
    if (ask) return ask;
    const candidates = customer.candidates.slice(0, MAX_CHOICES).map(({ id, name }) => ({ id, name }));
    const draft = customerDraft(parsed, options.productUnits);
    if (!draft) return { step: "reject", reply: replies.notUnderstood(lang) };
    return {
      step: "ask",
      question: { kind: "choose_customer", candidates, draft },
      reply: replies.whichOne(
        lang,
        candidates.map((candidate) => candidate.name),
      ),
    };
  }
  if (ask || customer?.kind !== "matched") return ask ?? askFor(parsed, "customer", lang);
  const draft = customerDraft(parsed, options.productUnits);
  if (!draft) return { step: "reject", reply: replies.notUnderstood(lang) };
  const action = withCustomer(draft, { id: customer.id, name: customer.name });
  if (needsConfirmation(action, parsed, options)) return confirmPlan(lang, action);
  return { step: "execute", action };
}

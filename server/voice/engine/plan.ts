import type { PaymentMode } from "@/generated/prisma/enums";
import type { ParsedCommand, Slot } from "../types";
import { type Lang, replies, replyLang } from "./replies";
import type { CustomerAction, StoredCommand, VoiceAction, VoiceItem } from "./types";

export const LOW_CONFIDENCE = 0.7;
const MAX_CHOICES = 3;

/** `slot`: what the question asks for, so a bare answer ("500", "Rahul") can complete the command. */
type Ask = { step: "ask"; reply: string; slot: Slot };

/** What to do with a parsed utterance before anything is written. */
export type Plan =
  | { step: "execute"; action: VoiceAction }
  | { step: "confirm"; stored: StoredCommand; reply: string; candidates: { id: string; name: string }[] }
  | Ask
  | { step: "reject"; reply: string };

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

const askFor = (slot: Slot, lang: Lang): Ask => ({
  step: "ask",
  slot,
  reply:
    slot === "customer"
      ? replies.askCustomer(lang)
      : slot === "amount"
        ? replies.askAmount(lang)
        : replies.askItems(lang),
});

function needsAsking(parsed: ParsedCommand, lang: Lang): Ask | null {
  const customer = parsed.customer;
  if (parsed.missing.includes("customer") && customer?.kind !== "ambiguous") return askFor("customer", lang);
  return missingDetail(parsed, lang);
}

/** An amount or items still to ask for, once the customer is known or being chosen. */
function missingDetail(parsed: ParsedCommand, lang: Lang): Ask | null {
  if (parsed.missing.includes("amount") && parsed.amountDoubt) {
    return { step: "ask", slot: "amount", reply: replies.askAmountInDoubt(lang, parsed.amountDoubt.heard) };
  }
  if (parsed.missing.includes("amount")) return askFor("amount", lang);
  if (parsed.missing.includes("items")) return askFor("items", lang);
  return null;
}

function customerAction(
  parsed: ParsedCommand,
  units: Map<string, string>,
  id: string,
  name: string,
): CustomerAction | null {
  const amountPaise = parsed.amountPaise ?? 0;
  switch (parsed.intent) {
    case "record_payment":
      return {
        kind: "record_payment",
        customerId: id,
        customerName: name,
        amountPaise,
        mode: MODES[parsed.paymentMode ?? "cash"] ?? "CASH",
        occurredOn: parsed.date,
        note: parsed.note,
      };
    case "record_credit":
      return {
        kind: "record_credit",
        customerId: id,
        customerName: name,
        amountPaise,
        occurredOn: parsed.date,
        note: parsed.note,
      };
    case "create_invoice":
      return {
        kind: "create_invoice",
        customerId: id,
        customerName: name,
        items: parsed.items.map((item) => toVoiceItem(item, units.get(item.productId))),
      };
    case "get_balance":
      return { kind: "get_balance", customerId: id, customerName: name };
    case "schedule_reminder":
      return { kind: "schedule_reminder", customerId: id, customerName: name, day: parsed.date };
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

function needsConfirmation(action: VoiceAction, parsed: ParsedCommand, rules: ConfirmRules): boolean {
  if (ALWAYS_CONFIRM.has(action.kind)) return true;
  if ("amountPaise" in action) {
    if (rules.spoken && !rules.quickMode) return true;
    if (action.amountPaise >= rules.confirmPaise) return true;
  }
  return parsed.confidence < LOW_CONFIDENCE && !READS_ONLY.has(action.kind);
}

/** A spoken write that ran without a read-back (quick mode): its reply says how to take it back. */
export function ranUnasked(action: VoiceAction, rules: ConfirmRules): boolean {
  return rules.spoken && "amountPaise" in action;
}

function confirmPlan(lang: Lang, action: VoiceAction, intent: string): Plan {
  return {
    step: "confirm",
    stored: { intent, action, choice: null },
    reply: replies.confirm(lang, action),
    candidates: [],
  };
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
  if (intent === "undo_last") return confirmPlan(lang, { kind: "undo_last" }, intent);
  if (intent === "add_customer") {
    if (parsed.customer?.kind !== "new") return askFor("customer", lang);
    return confirmPlan(
      lang,
      { kind: "add_customer", name: parsed.customer.name, phone: parsed.phone },
      intent,
    );
  }
  const customer = parsed.customer;
  if (customer?.kind === "unknown") {
    const then = missingDetail(parsed, lang)
      ? undefined
      : (customerAction(parsed, options.productUnits, "", customer.mention) ?? undefined);
    const action: VoiceAction = { kind: "add_customer", name: customer.mention, phone: parsed.phone, then };
    return {
      step: "confirm",
      stored: { intent, action, choice: null },
      reply: replies.offerAdd(lang, customer.mention),
      candidates: [],
    };
  }
  const ask = needsAsking(parsed, lang);
  if (customer?.kind === "ambiguous") {
    if (ask) return ask;
    const candidates = customer.candidates.slice(0, MAX_CHOICES).map(({ id, name }) => ({ id, name }));
    const action = customerAction(parsed, options.productUnits, "", "");
    if (!action) return { step: "reject", reply: replies.notUnderstood(lang) };
    return {
      step: "confirm",
      stored: { intent, action: null, choice: { candidates, action } },
      reply: replies.whichOne(
        lang,
        candidates.map((candidate) => candidate.name),
      ),
      candidates,
    };
  }
  if (ask || customer?.kind !== "matched") return ask ?? askFor("customer", lang);
  const action = customerAction(parsed, options.productUnits, customer.id, customer.name);
  if (!action) return { step: "reject", reply: replies.notUnderstood(lang) };
  if (needsConfirmation(action, parsed, options)) return confirmPlan(lang, action, intent);
  return { step: "execute", action };
}

import type { AnswerSlots } from "../../parse-answer";
import { confidenceFactor } from "../../parse-command";
import type { ParsedCommand } from "../../types";
import type { OpenQuestion } from "./open-question";

/**
 * The question's command with the answer's slots filled in, or null when the answer does not
 * give what was asked or says something the question already knew (then it is a new command).
 */
export function fillSlot(
  question: Extract<OpenQuestion, { kind: "missing_slot" }>,
  supplied: AnswerSlots,
): ParsedCommand | null {
  const asked = question.command;
  const missing = new Set(asked.missing);
  const named = supplied.customer && supplied.customer.kind !== "unknown" ? supplied.customer : null;
  if (question.slot === "amount" && supplied.amountPaise === null) return null;
  const givesName = asked.intent === "add_customer" ? supplied.newName !== null : supplied.customer !== null;
  if (question.slot === "customer" && !givesName) return null;
  if (supplied.amountPaise !== null && !missing.has("amount")) return null;
  if (named && !missing.has("customer")) return null;
  const customer = !missing.has("customer")
    ? asked.customer
    : asked.intent === "add_customer"
      ? supplied.newName === null
        ? null
        : { kind: "new" as const, name: supplied.newName }
      : (supplied.customer ?? asked.customer);
  const amountPaise = missing.has("amount") ? supplied.amountPaise : asked.amountPaise;
  const stillMissing = asked.missing.filter((slot) => {
    if (slot === "customer") return customer?.kind !== "matched" && customer?.kind !== "new";
    if (slot === "amount") return amountPaise === null;
    return true;
  });
  // The parser's confidence is the intent's strength times these factors: swap them for the new ones.
  const strength = asked.confidence / confidenceFactor(asked.customer, asked.missing);
  const confidence = Math.min(1, strength * confidenceFactor(customer, stillMissing));
  return {
    ...asked,
    customer,
    amountPaise,
    amountDoubt: missing.has("amount") ? null : asked.amountDoubt,
    paymentMode: asked.paymentMode ?? (asked.intent === "record_payment" ? supplied.paymentMode : null),
    missing: stillMissing,
    confidence: Math.round(confidence * 100) / 100,
  };
}

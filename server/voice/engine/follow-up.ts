import type { DomainContext } from "../../context";
import { type AnswerSlots, parseAnswer } from "../parse-answer";
import { confidenceFactor } from "../parse-command";
import type { EntityCatalog, ParsedCommand } from "../types";
import { requireUserId } from "./turns";
import type { OpenQuestion, StoredCommand } from "./types";

/** A bare "500" is an answer only this soon after "Kitne rupaye?"; later it is a new command. */
export const FOLLOW_UP_WINDOW_MS = 2 * 60_000;

/** The question this user's latest turn asked, if it is still open. */
async function openQuestion(ctx: DomainContext, now: Date): Promise<OpenQuestion | null> {
  const latest = await ctx.db.voiceTurn.findFirst({
    where: { businessId: ctx.businessId, userId: requireUserId(ctx) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { status: true, createdAt: true, commandJson: true },
  });
  if (latest?.status !== "NEEDS_INPUT") return null;
  if (latest.createdAt.getTime() < now.getTime() - FOLLOW_UP_WINDOW_MS) return null;
  return (latest.commandJson as unknown as StoredCommand).question ?? null;
}

/**
 * The question's command with the answer's slots filled in, or null when the answer does not
 * give what was asked or says something the question already knew (then it is a new command).
 */
export function answerQuestion(question: OpenQuestion, supplied: AnswerSlots): ParsedCommand | null {
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

/**
 * "Rahul ko udhaar diya" → "Kitne rupaye?" → "500": the answer completes the asked command, which
 * is then planned as one (limits, confirmation and "which Rahul?" still apply). A complete new
 * command is left as it is and replaces the question.
 */
export async function continueOpenQuestion(
  ctx: DomainContext,
  parsed: ParsedCommand,
  answer: { text: string; catalog: EntityCatalog; now: Date },
): Promise<ParsedCommand> {
  if (parsed.intent !== "unknown" && parsed.missing.length === 0) return parsed;
  const question = await openQuestion(ctx, answer.now);
  if (!question) return parsed;
  return answerQuestion(question, parseAnswer(answer.text, answer)) ?? parsed;
}

import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../../context";
import type { Language } from "../types";
import { executeAction } from "./execute";
import { replies, replyLang } from "./replies";
import { claimPendingTurn, findPendingTurn } from "./turns";
import type { Outcome, StoredCommand, VoiceAction } from "./types";

export type Answer = {
  answer: "yes" | "no";
  choice?: string | undefined;
  /**
   * Say the chosen customer's command back and wait for "haan" instead of running it: for a
   * choice by position ("doosra"), which a recogniser can mishear as another position.
   */
  readBack?: boolean;
};

export type AnswerOutcome = Outcome & {
  pendingTurnId: string | null;
  language: Language | null;
  candidates: { id: string; name: string }[];
};

/**
 * Apply a yes/no (and, for "Rahul Sharma ya Rahul Gupta?", the chosen customer) to the caller's
 * open question from the last five minutes. Runs the stored command, never the answer's words.
 */
export async function answerPendingTurn(
  ctx: DomainContext,
  answer: Answer,
  options: { now: Date; turnId?: string; fallbackLanguage: Language },
): Promise<AnswerOutcome> {
  const pending = await findPendingTurn(ctx, options.now);
  const language = (pending?.language as Language | undefined) ?? options.fallbackLanguage;
  const lang = replyLang(language);
  const none = { pendingTurnId: null, language, candidates: [] };
  if (!pending || (options.turnId && pending.id !== options.turnId)) {
    return { ...none, status: "REJECTED", reply: replies.nothingPending(lang) };
  }
  const base = { pendingTurnId: pending.id, language, candidates: [] };
  if (answer.answer === "no") {
    const claimed = await claimPendingTurn(ctx, pending.id, "CANCELLED");
    return claimed
      ? { ...base, status: "CANCELLED", reply: replies.cancelled(lang) }
      : { ...none, status: "REJECTED", reply: replies.nothingPending(lang) };
  }
  let action: VoiceAction | null = pending.command.action;
  const choice = pending.command.choice;
  if (choice) {
    const chosen = choice.candidates.find((candidate) => candidate.id === answer.choice);
    if (!chosen) {
      // "haan" to "Rahul Sharma ya Rahul Gupta?" is not an answer: ask again, keep the question open.
      const names = choice.candidates.map((candidate) => candidate.name);
      return {
        ...base,
        status: "NEEDS_CONFIRMATION",
        reply: replies.whichOne(lang, names),
        candidates: choice.candidates,
      };
    }
    action = { ...choice.action, customerId: chosen.id, customerName: chosen.name };
    if (answer.readBack) return readBack(ctx, pending, action, base, lang);
  }
  if (!action || !(await claimPendingTurn(ctx, pending.id, "CONFIRMED"))) {
    return { ...none, status: "REJECTED", reply: replies.nothingPending(lang) };
  }
  const outcome = await executeAction(ctx, action, `voice:${pending.id}`, lang);
  await ctx.db.voiceTurn.updateMany({
    where: { id: pending.id, businessId: ctx.businessId },
    data: {
      status: outcome.status === "EXECUTED" ? "CONFIRMED" : outcome.status,
      replyText: outcome.reply,
      resultEntityType: outcome.resultEntityType ?? null,
      resultEntityId: outcome.resultEntityId ?? null,
    },
  });
  return { ...base, ...outcome };
}

/** The question narrows to one customer and stays open: "Rahul Gupta se ₹500 mile? Haan ya nahi?" */
async function readBack(
  ctx: DomainContext,
  pending: NonNullable<Awaited<ReturnType<typeof findPendingTurn>>>,
  action: VoiceAction,
  base: Omit<AnswerOutcome, "status" | "reply">,
  lang: ReturnType<typeof replyLang>,
): Promise<AnswerOutcome> {
  const command: StoredCommand = { ...pending.command, action, choice: null };
  const narrowed = await ctx.db.voiceTurn.updateMany({
    where: { id: pending.id, businessId: ctx.businessId, status: "NEEDS_CONFIRMATION" },
    data: { commandJson: command as unknown as Prisma.InputJsonValue },
  });
  if (narrowed.count === 0) return { ...base, status: "REJECTED", reply: replies.nothingPending(lang) };
  return { ...base, status: "NEEDS_CONFIRMATION", reply: replies.confirm(lang, action) };
}

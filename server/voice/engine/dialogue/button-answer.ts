import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../../context";
import { notFound } from "../../../errors";
import { inOneTransaction } from "../../../transaction";
import type { Language } from "../../types";
import { replies, replyLang } from "../replies";
import { saveTurn } from "../turns";
import type { VoiceResult } from "../types";
import { answerQuestion, askAgain } from "./answer";
import { rejected } from "./decide";
import { type AskedTurn, findOpenTurn } from "./open-turn";

type ButtonInput = { turnId: string; answer: "yes" | "no"; choice?: string | undefined; now?: Date };

/**
 * A yes/no button (or a tapped name) under the caller's open question. When the answer leads to
 * a read-back ("Rahul Gupta se ₹500 mile? Haan ya nahi?"), that question is a turn of its own,
 * in the same exchange, so its buttons answer it.
 */
export async function confirmVoiceCommand(ctx: DomainContext, input: ButtonInput): Promise<VoiceResult> {
  const asked = await ctx.db.voiceTurn.findFirst({
    where: { id: input.turnId, businessId: ctx.businessId, userId: ctx.actor.userId ?? "" },
    select: { id: true, language: true },
  });
  if (!asked) throw notFound("Voice turn");
  const intent = input.answer === "yes" ? "confirm_yes" : "confirm_no";
  const language = asked.language as Language;
  const now = input.now ?? new Date();
  // Taking the question, running its action and recording the result commit together.
  const result = await inOneTransaction(ctx, async (tx) => {
    const open = await findOpenTurn(tx, now);
    if (open?.kind !== "open" || open.turn.id !== input.turnId) {
      return { turnId: input.turnId, decided: rejected(intent, replies.nothingPending(replyLang(language))) };
    }
    const { turn } = open;
    const yes = input.answer === "yes";
    if (yes && turn.question.kind === "choose_customer" && !input.choice) {
      return { turnId: turn.id, decided: askAgain(turn, intent) };
    }
    const choice = input.choice ? { id: input.choice, byPosition: false } : undefined;
    const decided = await answerQuestion(tx, turn, { yes, choice }, intent);
    if (!decided.stored.question) return { turnId: turn.id, decided };
    const next = randomUUID();
    await saveTurn(tx, {
      id: next,
      channel: "TYPED",
      transcript: chosenName(turn, input.choice) ?? (yes ? "Yes" : "No"),
      language,
      intent,
      commandJson: decided.stored,
      conversationId: turn.conversationId,
      status: decided.outcome.status,
      replyText: decided.outcome.reply,
      parseMs: 0,
      executeMs: 0,
      totalMs: 0,
    });
    return { turnId: next, decided };
  });
  const { outcome, candidates } = result.decided;
  return {
    turnId: result.turnId,
    status: outcome.status,
    intent,
    language,
    reply: outcome.reply,
    candidates,
    confirmTurnId: outcome.status === "NEEDS_CONFIRMATION" ? result.turnId : null,
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
  };
}

function chosenName(turn: AskedTurn, choice: string | undefined): string | null {
  if (turn.question.kind !== "choose_customer") return null;
  return turn.question.candidates.find((candidate) => candidate.id === choice)?.name ?? null;
}

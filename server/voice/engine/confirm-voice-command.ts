import type { DomainContext } from "../../context";
import { notFound } from "../../errors";
import { inOneTransaction } from "../../transaction";
import { answerPendingTurn } from "./confirm";
import type { VoiceResult } from "./types";

/** A yes/no button (or a tapped name) for the caller's open voice question. */
export async function confirmVoiceCommand(
  ctx: DomainContext,
  input: { turnId: string; answer: "yes" | "no"; choice?: string | undefined; now?: Date },
): Promise<VoiceResult> {
  const turn = await ctx.db.voiceTurn.findFirst({
    where: { id: input.turnId, businessId: ctx.businessId, userId: ctx.actor.userId ?? "" },
    select: { id: true },
  });
  if (!turn) throw notFound("Voice turn");
  // Taking the question, running its action and recording the result commit together.
  const outcome = await inOneTransaction(ctx, (tx) =>
    answerPendingTurn(
      tx,
      { answer: input.answer, choice: input.choice },
      { now: input.now ?? new Date(), turnId: input.turnId, fallbackLanguage: "en" },
    ),
  );
  return {
    turnId: outcome.pendingTurnId ?? input.turnId,
    status: outcome.status,
    intent: input.answer === "yes" ? "confirm_yes" : "confirm_no",
    language: outcome.language ?? "en",
    reply: outcome.reply,
    candidates: outcome.candidates,
    confirmTurnId: outcome.status === "NEEDS_CONFIRMATION" ? outcome.pendingTurnId : null,
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
  };
}

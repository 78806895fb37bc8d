import type { DomainContext } from "../../context";
import type { Language } from "../types";
import { requireUserId } from "./turns";
import type { VoiceResult } from "./types";

/**
 * A command sent again with the same client turn id (a retried request, a double tap) answers
 * with what the first one did instead of running twice. Candidates are not kept with the turn,
 * so a replayed "which Rahul?" shows the question without the choice buttons.
 */
export async function replayedTurn(ctx: DomainContext, turnId: string): Promise<VoiceResult | null> {
  const turn = await ctx.db.voiceTurn.findFirst({
    where: { id: turnId, businessId: ctx.businessId, userId: requireUserId(ctx) },
    select: {
      id: true,
      status: true,
      intent: true,
      language: true,
      replyText: true,
      resultEntityType: true,
      resultEntityId: true,
    },
  });
  if (!turn) return null;
  return {
    turnId: turn.id,
    status: turn.status,
    intent: turn.intent,
    language: turn.language as Language,
    reply: turn.replyText,
    candidates: [],
    confirmTurnId: turn.status === "NEEDS_CONFIRMATION" ? turn.id : null,
    resultEntityType: turn.resultEntityType,
    resultEntityId: turn.resultEntityId,
  };
}

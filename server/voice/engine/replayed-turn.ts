import type { DomainContext } from "../../context";
import { AppError } from "../../errors";
import type { Language } from "../types";
import { requireUserId } from "./turns";
import type { VoiceResult } from "./types";

/**
 * Inside the turn's transaction: a second request with the same client turn id waits here until
 * the first one has committed or rolled back, then sees its turn (or none) and never runs twice.
 */
export async function lockClientTurnId(ctx: DomainContext, turnId: string) {
  await ctx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`voice-turn:${turnId}`}, 0))`;
}

/**
 * A command sent again with the same client turn id (a retried request, a double tap) answers
 * with what the first one did instead of running twice. Candidates are not kept with the turn,
 * so a replayed "which Rahul?" shows the question without the choice buttons. The id is the
 * client's choice, so one already used by another user or shop is refused before anything runs.
 */
export async function replayedTurn(ctx: DomainContext, turnId: string): Promise<VoiceResult | null> {
  const turn = await ctx.db.voiceTurn.findUnique({
    where: { id: turnId },
    select: {
      businessId: true,
      userId: true,
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
  if (turn.businessId !== ctx.businessId || turn.userId !== requireUserId(ctx)) {
    throw new AppError("CONFLICT", "This voice command id is already taken. Send the command again.");
  }
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

import type { DomainContext } from "../../context";
import type { Language } from "../types";
import { executeAction } from "./execute";
import { replyLang } from "./replies";
import type { VoiceResult } from "./types";

/** The undo button: reverse the caller's last voice entry of the last five minutes. */
export async function undoLastVoiceAction(ctx: DomainContext): Promise<Omit<VoiceResult, "turnId">> {
  const last = await ctx.db.voiceTurn.findFirst({
    where: { businessId: ctx.businessId, userId: ctx.actor.userId ?? "" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { language: true },
  });
  const language = (last?.language ?? "en") as Language;
  const outcome = await executeAction(ctx, { kind: "undo_last" }, "", replyLang(language));
  return {
    status: outcome.status,
    intent: "undo_last",
    language,
    reply: outcome.reply,
    candidates: [],
    confirmTurnId: null,
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
  };
}

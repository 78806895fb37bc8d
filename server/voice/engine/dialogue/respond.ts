import type { DomainContext } from "../../../context";
import type { Language } from "../../types";
import { replies, replyLang } from "../replies";
import type { VoiceChannel } from "../types";
import { answerQuestion, askAgain } from "./answer";
import { type Decided, decideCommand, rejected } from "./decide";
import { claimQuestion, closeOpenQuestions } from "./open-turn";
import type { Resolution } from "./resolve";

/**
 * What the turn did, the exchange it belongs to (null: it starts its own) and its language: an
 * answer ("haan", "doosra") is in the question's language, whatever the short answer sounded like.
 */
export type Responded = Decided & { conversationId: string | null; language: Language };

/** Acts on a resolved utterance inside the turn's transaction; the caller stores the turn. */
export async function respond(
  ctx: DomainContext,
  resolution: Resolution,
  turn: { id: string; channel: VoiceChannel },
): Promise<Responded> {
  switch (resolution.kind) {
    case "command": {
      const { parsed, completes } = resolution;
      // Another instance may have taken the question first; this answer then stands alone.
      const answered = completes ? await claimQuestion(ctx, completes.id, "CONFIRMED") : false;
      const decided = await decideCommand(ctx, parsed, turn.id, turn.channel);
      const conversationId = answered && completes ? completes.conversationId : null;
      return { ...decided, conversationId, language: parsed.language };
    }
    case "answer": {
      const intent = resolution.yes ? "confirm_yes" : "confirm_no";
      const decided = await answerQuestion(ctx, resolution.turn, resolution, intent);
      const { conversationId, language } = resolution.turn;
      return { ...decided, conversationId, language };
    }
    case "ask_again": {
      await closeOpenQuestions(ctx);
      const { conversationId, language } = resolution.turn;
      return { ...askAgain(resolution.turn, "confirm_yes"), conversationId, language };
    }
    case "nothing_open": {
      const { parsed } = resolution;
      return {
        ...rejected(parsed.intent, replies.nothingPending(replyLang(parsed.language))),
        conversationId: null,
        language: parsed.language,
      };
    }
    case "unreadable": {
      await closeOpenQuestions(ctx);
      const { parsed } = resolution;
      return {
        ...rejected(parsed.intent, replies.sayAgain(replyLang(parsed.language))),
        conversationId: resolution.turnId,
        language: parsed.language,
      };
    }
  }
}

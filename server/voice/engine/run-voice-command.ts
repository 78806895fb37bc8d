import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../context";
import { isUniqueViolation } from "../../errors";
import { logger } from "../../logger";
import { countVoiceTurn } from "../../observability/business-metrics";
import { recordVoiceTurnLatency } from "../../observability/metrics";
import { inOneTransaction } from "../../transaction";
import { parseCommand } from "../parse-command";
import type { ParsedCommand } from "../types";
import { loadVoiceCatalog } from "./catalog";
import { resolveUtterance } from "./dialogue/resolve";
import { type Responded, respond } from "./dialogue/respond";
import { lockClientTurnId, replayedTurn } from "./replayed-turn";
import { replies, replyLang } from "./replies";
import { requireUserId, saveTurn } from "./turns";
import type { VoiceChannel, VoiceResult } from "./types";

export type RunVoiceInput = {
  text: string;
  channel: VoiceChannel;
  now?: Date;
  sttMs?: number | null;
  /** Chosen by the client per command, so a retried request is answered, not run again. */
  clientTurnId?: string;
  /** LiveKit agent: an unknown utterance goes on to the LLM, which stores the turn itself. */
  deferUnknown?: boolean;
};

const elapsed = (since: number) => Math.round(performance.now() - since);

type Recorded =
  | { replayed: VoiceResult }
  | { responded: Responded; timings: { parseMs: number; executeMs: number; totalMs: number } };

/** Not stored and nothing changed: the caller hands the utterance to the LLM. */
function deferredUnknown(parsed: ParsedCommand): VoiceResult {
  return {
    turnId: randomUUID(),
    status: "REJECTED",
    intent: parsed.intent,
    language: parsed.language,
    reply: replies.notUnderstood(replyLang(parsed.language)),
    candidates: [],
    confirmTurnId: null,
    resultEntityType: null,
    resultEntityId: null,
  };
}

/**
 * One voice (or typed) command: narrow the catalog in the database, parse, decide, run it through
 * the same domain functions as the dashboard (audited as VOICE) and record the turn with timings.
 */
export async function runVoiceCommand(ctx: DomainContext, input: RunVoiceInput): Promise<VoiceResult> {
  const started = performance.now();
  requireUserId(ctx);
  // Checked before anything runs (and again under the turn's lock): a retry gets the first
  // answer, an id another user or shop already used gets CONFLICT.
  if (input.clientTurnId) {
    const earlier = await replayedTurn(ctx, input.clientTurnId);
    if (earlier) return earlier;
  }
  const now = input.now ?? new Date();
  const text = input.text.trim().slice(0, 500);
  const catalog = await loadVoiceCatalog(ctx, text);
  const heard = parseCommand(text, { now, catalog });
  const resolution = await resolveUtterance(ctx, heard, { text, catalog, now });
  const parsed = "parsed" in resolution ? resolution.parsed : heard;
  const parseMs = elapsed(started);
  if (input.deferUnknown && resolution.kind === "command" && parsed.intent === "unknown") {
    return deferredUnknown(parsed);
  }
  const turnId = input.clientTurnId ?? randomUUID();
  let recorded: Recorded;
  try {
    // The turn row and what it did commit together: a failure after the action undoes it too.
    recorded = await inOneTransaction(ctx, async (tx): Promise<Recorded> => {
      if (input.clientTurnId) {
        await lockClientTurnId(tx, turnId);
        const earlier = await replayedTurn(tx, turnId);
        if (earlier) return { replayed: earlier };
      }
      const executeStarted = performance.now();
      const responded = await respond(tx, resolution, { id: turnId, channel: input.channel });
      const timings = { parseMs, executeMs: elapsed(executeStarted), totalMs: elapsed(started) };
      const { outcome, stored, conversationId, language } = responded;
      await saveTurn(tx, {
        id: turnId,
        channel: input.channel,
        transcript: text,
        language,
        intent: parsed.intent,
        commandJson: stored,
        conversationId,
        status: outcome.status,
        replyText: outcome.reply,
        resultEntityType: outcome.resultEntityType ?? null,
        resultEntityId: outcome.resultEntityId ?? null,
        sttMs: input.sttMs ?? null,
        ...timings,
      });
      return { responded, timings };
    });
  } catch (error) {
    // Only a turn id that skipped the lock can collide here; answer with the turn that won.
    const winner = isUniqueViolation(error) && input.clientTurnId ? await replayedTurn(ctx, turnId) : null;
    if (winner) return winner;
    throw error;
  }
  if ("replayed" in recorded) return recorded.replayed;
  const { responded, timings } = recorded;
  const { outcome, candidates } = responded;
  const { executeMs, totalMs } = timings;
  recordVoiceTurnLatency(input.channel, { sttMs: input.sttMs ?? null, parseMs, executeMs, totalMs });
  countVoiceTurn(input.channel, parsed.intent, outcome.status);
  // Never the transcript or names: intent, status and timings only.
  logger.info(
    { event: "voice_turn", intent: parsed.intent, status: outcome.status, parseMs, executeMs, totalMs },
    "voice turn",
  );
  return {
    turnId,
    status: outcome.status,
    intent: parsed.intent,
    language: responded.language,
    reply: outcome.reply,
    candidates,
    confirmTurnId: outcome.status === "NEEDS_CONFIRMATION" ? turnId : null,
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
  };
}

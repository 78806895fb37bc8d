import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../context";
import { isUniqueViolation } from "../../errors";
import { logger } from "../../logger";
import { recordVoiceTurnLatency } from "../../observability/metrics";
import { inOneTransaction } from "../../transaction";
import { parseCommand } from "../parse-command";
import type { ParsedCommand } from "../types";
import { loadVoiceCatalog } from "./catalog";
import { answerOpenChoice, type ChoiceAnswer } from "./choice-answer";
import { answerPendingTurn } from "./confirm";
import { continueOpenQuestion } from "./follow-up";
import { planOutcome } from "./plan-outcome";
import { lockClientTurnId, replayedTurn } from "./replayed-turn";
import { replies, replyLang } from "./replies";
import { requireUserId, saveTurn } from "./turns";
import type { StoredCommand, VoiceChannel, VoiceResult } from "./types";

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

type Decision = Awaited<ReturnType<typeof decideAndRun>>;
type Recorded =
  | { replayed: VoiceResult }
  | { decided: Decision; timings: { parseMs: number; executeMs: number; totalMs: number } };

async function decideAndRun(
  ctx: DomainContext,
  { parsed, choice, readBack }: ChoiceAnswer,
  turnId: string,
  now: Date,
  channel: VoiceChannel,
) {
  if (parsed.intent === "confirm_yes" || parsed.intent === "confirm_no") {
    const answer = parsed.intent === "confirm_yes" ? "yes" : "no";
    const outcome = await answerPendingTurn(
      ctx,
      { answer, choice, readBack },
      { now, fallbackLanguage: parsed.language },
    );
    const stored: StoredCommand = { intent: parsed.intent, action: null, choice: null };
    return { outcome, stored, candidates: outcome.candidates, confirmTurnId: outcome.pendingTurnId };
  }
  const decided = await planOutcome(ctx, parsed, turnId, channel);
  const confirmTurnId = decided.outcome.status === "NEEDS_CONFIRMATION" ? turnId : null;
  return { ...decided, confirmTurnId };
}

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
  const followed = await continueOpenQuestion(ctx, parseCommand(text, { now, catalog }), {
    text,
    catalog,
    now,
  });
  // "Rahul Gupta" or "doosra" after "Rahul Sharma ya Rahul Gupta?" answers that question.
  const answered = await answerOpenChoice(ctx, followed, { text, now });
  const { parsed } = answered;
  const parseMs = elapsed(started);
  if (input.deferUnknown && parsed.intent === "unknown") return deferredUnknown(parsed);
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
      const decided = await decideAndRun(tx, answered, turnId, now, input.channel);
      const timings = { parseMs, executeMs: elapsed(executeStarted), totalMs: elapsed(started) };
      const { outcome, stored, confirmTurnId } = decided;
      await saveTurn(tx, {
        id: turnId,
        channel: input.channel,
        transcript: text,
        language: parsed.language,
        intent: parsed.intent,
        commandJson: stored,
        // A "haan" that could not answer "which Rahul?" is not itself a question: the original stays open.
        status: confirmTurnId && confirmTurnId !== turnId ? "NEEDS_INPUT" : outcome.status,
        replyText: outcome.reply,
        resultEntityType: outcome.resultEntityType ?? null,
        resultEntityId: outcome.resultEntityId ?? null,
        sttMs: input.sttMs ?? null,
        ...timings,
      });
      return { decided, timings };
    });
  } catch (error) {
    // Only a turn id that skipped the lock can collide here; answer with the turn that won.
    const winner = isUniqueViolation(error) && input.clientTurnId ? await replayedTurn(ctx, turnId) : null;
    if (winner) return winner;
    throw error;
  }
  if ("replayed" in recorded) return recorded.replayed;
  const { decided, timings } = recorded;
  const { outcome, candidates, confirmTurnId } = decided;
  const { executeMs, totalMs } = timings;
  recordVoiceTurnLatency(input.channel, { sttMs: input.sttMs ?? null, parseMs, executeMs, totalMs });
  // Never the transcript or names: intent, status and timings only.
  logger.info(
    { event: "voice_turn", intent: parsed.intent, status: outcome.status, parseMs, executeMs, totalMs },
    "voice turn",
  );
  return {
    turnId,
    status: outcome.status,
    intent: parsed.intent,
    language: parsed.language,
    reply: outcome.reply,
    candidates,
    confirmTurnId: outcome.status === "NEEDS_CONFIRMATION" ? (confirmTurnId ?? null) : null,
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
  };
}

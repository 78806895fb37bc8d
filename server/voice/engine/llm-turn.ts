import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../context";
import { logger } from "../../logger";
import { countVoiceTurn } from "../../observability/business-metrics";
import { recordVoiceTurnLatency } from "../../observability/metrics";
import { inOneTransaction } from "../../transaction";
import type { Language } from "../types";
import { closeOpenQuestions } from "./dialogue/open-turn";
import { type StoredCommand, storedCommand } from "./dialogue/stored-command";
import { requireUserId, saveTurn } from "./turns";
import type { Outcome, VoiceChannel, VoiceResult } from "./types";

const elapsed = (since: number) => Math.round(performance.now() - since);
const MAX_TRANSCRIPT = 500;
const MAX_REPLY = 1000;

export type TurnFacts = {
  transcript: string;
  language: Language;
  intent: string;
  channel: VoiceChannel;
  sttMs: number | null;
  started: number;
  parseMs: number;
};

/** Stores a turn of the LLM path (a tool call or a plain answer), with its timings. */
export async function storeLlmTurn(
  ctx: DomainContext,
  turnId: string,
  facts: TurnFacts,
  outcome: Outcome,
  stored: StoredCommand,
) {
  const executeMs = elapsed(facts.started) - facts.parseMs;
  const totalMs = elapsed(facts.started);
  await saveTurn(ctx, {
    id: turnId,
    channel: facts.channel,
    transcript: facts.transcript,
    language: facts.language,
    intent: facts.intent,
    commandJson: stored,
    status: outcome.status,
    replyText: outcome.reply.slice(0, MAX_REPLY),
    resultEntityType: outcome.resultEntityType ?? null,
    resultEntityId: outcome.resultEntityId ?? null,
    sttMs: facts.sttMs,
    parseMs: facts.parseMs,
    executeMs,
    totalMs,
  });
  recordVoiceTurnLatency(facts.channel, { sttMs: facts.sttMs, parseMs: facts.parseMs, executeMs, totalMs });
  countVoiceTurn(facts.channel, facts.intent, outcome.status);
  // Never the transcript or names: intent, status and timings only.
  logger.info(
    { event: "voice_llm_turn", intent: facts.intent, status: outcome.status, totalMs },
    "voice turn",
  );
}

/**
 * The LLM answered without a tool (a question, small talk, or a refusal): nothing ran, but the
 * turn is stored like every other, as intent "unknown", and it closes any open question.
 */
export async function recordLlmAnswer(
  ctx: DomainContext,
  input: {
    transcript: string;
    reply: string;
    language: Language;
    channel: VoiceChannel;
    sttMs?: number | null;
  },
): Promise<VoiceResult> {
  const started = performance.now();
  requireUserId(ctx);
  const turnId = randomUUID();
  const transcript = input.transcript.trim().slice(0, MAX_TRANSCRIPT);
  const outcome: Outcome = { status: "REJECTED", reply: input.reply.trim() };
  const facts = { ...input, transcript, intent: "unknown", sttMs: input.sttMs ?? null, started, parseMs: 0 };
  await inOneTransaction(ctx, async (tx) => {
    await closeOpenQuestions(tx);
    await storeLlmTurn(tx, turnId, facts, outcome, storedCommand("unknown"));
  });
  return {
    turnId,
    status: outcome.status,
    intent: "unknown",
    language: input.language,
    reply: outcome.reply,
    candidates: [],
    confirmTurnId: null,
    resultEntityType: null,
    resultEntityId: null,
  };
}

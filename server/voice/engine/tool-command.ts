import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../context";
import { inOneTransaction } from "../../transaction";
import { loadVoiceCatalog } from "./catalog";
import { type Decided, decideCommand, rejected } from "./dialogue/decide";
import { closeOpenQuestions } from "./dialogue/open-turn";
import { storeLlmTurn } from "./llm-turn";
import { replyLang } from "./replies";
import { readToolCall } from "./tool-parse";
import { notHeardReply } from "./tool-replies";
import type { ToolName } from "./tool-schema";
import { requireUserId } from "./turns";
import type { VoiceChannel, VoiceResult } from "./types";

export type RunToolInput = {
  /** What the merchant said: every slot of the call must be found in it. */
  transcript: string;
  tool: ToolName;
  /** The model's arguments, unvalidated. */
  args: unknown;
  channel: VoiceChannel;
  sttMs?: number | null;
};

const elapsed = (since: number) => Math.round(performance.now() - since);
const MAX_TRANSCRIPT = 500;

/**
 * One LLM tool call: ground its slots in the transcript, then the same decision table and
 * executors as the fast path (confirmations, thresholds, roles), and store the turn.
 */
export async function runToolCommand(ctx: DomainContext, input: RunToolInput): Promise<VoiceResult> {
  const started = performance.now();
  requireUserId(ctx);
  const turnId = randomUUID();
  const transcript = input.transcript.trim().slice(0, MAX_TRANSCRIPT);
  const catalog = await loadVoiceCatalog(ctx, transcript);
  const reading = readToolCall(input.tool, input.args, transcript, catalog);
  const parseMs = elapsed(started);
  const language = "parsed" in reading ? reading.parsed.language : reading.language;
  const facts = {
    transcript,
    language,
    intent: input.tool,
    channel: input.channel,
    sttMs: input.sttMs ?? null,
  };
  // The action and the turn that records it commit together.
  const decided = await inOneTransaction(ctx, async (tx) => {
    let decided: Decided;
    if ("parsed" in reading) decided = await decideCommand(tx, reading.parsed, turnId, input.channel);
    else {
      await closeOpenQuestions(tx);
      decided = rejected(input.tool, notHeardReply(replyLang(language), reading.ungrounded));
    }
    await storeLlmTurn(tx, turnId, { ...facts, started, parseMs }, decided.outcome, decided.stored);
    return decided;
  });
  return {
    turnId,
    status: decided.outcome.status,
    intent: input.tool,
    language,
    reply: decided.outcome.reply,
    candidates: decided.candidates,
    confirmTurnId: decided.outcome.status === "NEEDS_CONFIRMATION" ? turnId : null,
    resultEntityType: decided.outcome.resultEntityType ?? null,
    resultEntityId: decided.outcome.resultEntityId ?? null,
  };
}

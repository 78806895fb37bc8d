import { randomUUID } from "node:crypto";
import { ReadableStream } from "node:stream/web";
import { voice } from "@livekit/agents";
import { STT_UNAVAILABLE_STATUS } from "@/lib/voice/turn-packet";
import type { DomainContext } from "../server/context";
import { logger } from "../server/logger";
import { recordLlmAnswer } from "../server/voice/engine/llm-turn";
import { replies, replyLang } from "../server/voice/engine/replies";
import { runVoiceCommand } from "../server/voice/engine/run-voice-command";
import type { VoiceResult } from "../server/voice/engine/types";
import { detectLanguage } from "../server/voice/language";
import { tokenize } from "../server/voice/tokenize";
import type { InFlight } from "./in-flight";
import { INSTRUCTIONS, NOTHING_HEARD, SPEECH_UNAVAILABLE } from "./instructions";
import { watchLlmAnswer } from "./llm-answer";
import { type ToolTurn, voiceTools } from "./tools";
import { type PublishTurn, turnPacket } from "./turn-packet";

type LlmNode = voice.Agent["llmNode"];

export type AgentDeps = {
  /** A fresh context per turn (voiceDomainContext re-reads the user: removed staff lose access). */
  domainContext: (requestId: string) => Promise<DomainContext>;
  publishTurn: PublishTurn;
  inFlight: InFlight;
  /** false: no LLM configured; what the fast path cannot handle gets the "try saying…" examples. */
  hasLlm?: boolean;
  /** Milliseconds from button release to this transcript, when known. */
  sttMs?: () => number | null;
  /** True when the turn just released could not be transcribed (the recogniser failed). */
  speechFailed?: () => boolean;
};

function spoken(text: string): ReadableStream<string> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(text);
      controller.close();
    },
  });
}

/**
 * Fast path first: every user turn goes to the deterministic engine; only what it calls unknown
 * reaches the LLM (with tools). Done in llmNode so it works the same for audio and text turns.
 */
export class ExecoraAgent extends voice.Agent {
  private turn: ToolTurn | null = null;

  constructor(private readonly deps: AgentDeps) {
    super({ instructions: INSTRUCTIONS, tools: voiceTools(() => this.turn) });
  }

  /**
   * Released without a word (or only noise): say so, store nothing, skip the LLM. When the
   * recogniser failed instead, say that and offer typing (the page shows the command bar's button).
   */
  override async onUserTurnCompleted(...[, message]: Parameters<voice.Agent["onUserTurnCompleted"]>) {
    if ((message.textContent ?? "").trim() !== "") return;
    const speechDown = this.deps.speechFailed?.() ?? false;
    const reply = speechDown ? SPEECH_UNAVAILABLE : NOTHING_HEARD;
    this.deps.publishTurn({
      turnId: randomUUID(),
      status: speechDown ? STT_UNAVAILABLE_STATUS : "REJECTED",
      intent: "unknown",
      undoable: false,
      transcript: "",
      reply,
      language: "hi-Latn",
      confirmTurnId: null,
      candidates: [],
    });
    this.session.say(reply);
    throw new voice.StopResponse();
  }

  override async llmNode(...[chatCtx, toolCtx, modelSettings]: Parameters<LlmNode>): ReturnType<LlmNode> {
    const last = chatCtx.items.at(-1);
    // After a tool call the model speaks the tool's result: no new user turn to run.
    if (last?.type !== "message" || last.role !== "user") {
      return voice.Agent.default.llmNode(this, chatCtx, toolCtx, modelSettings);
    }
    const transcript = last.textContent ?? "";
    const sttMs = this.deps.sttMs?.() ?? null;
    const publish = (result: VoiceResult) => this.deps.publishTurn(turnPacket(result, transcript));
    let ctx: DomainContext;
    let fast: VoiceResult;
    try {
      ctx = await this.deps.domainContext(randomUUID());
      fast = await this.deps.inFlight.run(() =>
        runVoiceCommand(ctx, {
          text: transcript,
          channel: "LIVEKIT",
          sttMs,
          deferUnknown: this.deps.hasLlm !== false,
        }),
      );
    } catch (error) {
      logger.error({ event: "voice_turn_failed", err: error }, "voice turn failed");
      // Nothing was parsed, but the words' script and language still say which reply they can read.
      const language = detectLanguage(tokenize(transcript));
      const reply = replies.failed(replyLang(language));
      this.deps.publishTurn({
        turnId: randomUUID(),
        status: "FAILED",
        intent: "unknown",
        undoable: false,
        transcript,
        reply,
        language,
        confirmTurnId: null,
        candidates: [],
      });
      return spoken(reply);
    }
    if (fast.intent !== "unknown" || this.deps.hasLlm === false) {
      publish(fast);
      return spoken(fast.reply);
    }
    this.turn = { ctx, transcript, sttMs, track: (work) => this.deps.inFlight.run(work), onResult: publish };
    const stream = await voice.Agent.default.llmNode(this, chatCtx, toolCtx, modelSettings);
    if (!stream) return null;
    const language = fast.language;
    return watchLlmAnswer(stream, {
      fallbackReply: fast.reply,
      onAnswer: (reply) =>
        this.deps.inFlight
          .run(() => recordLlmAnswer(ctx, { transcript, reply, language, channel: "LIVEKIT", sttMs }))
          .then(publish),
    });
  }
}

import type { stt, tts, VAD, voice } from "@livekit/agents";
import * as deepgram from "@livekit/agents-plugin-deepgram";
import * as openai from "@livekit/agents-plugin-openai";
import { localPocketsphinx } from "../server/voice/stt/local-pocketsphinx";
import { openAi } from "../server/voice/stt/remote";
import type { SttHints } from "../server/voice/stt/types";
import type { AgentConfig } from "./config";
import { openAiClient } from "./provider-clients";
import { EspeakTTS } from "./speech/espeak-tts";
import { FastPathOnlyLLM } from "./speech/fast-path-only-llm";
import { TurnSTT } from "./speech/turn-stt";

// Every provider call has a timeout and bounded retries: OpenAI's requests go through the outbound
// policy (provider-clients.ts); the framework retries once more, e.g. a stream that broke half-way.
const CONNECT = { timeoutMs: 8_000, maxRetry: 1, retryIntervalMs: 500 };

export type SessionInputs = {
  vad: VAD;
  /** Deepgram's keyterms: the shop's products and its recent customers. */
  keyterms: string[];
  /** The offline recognisers' grammar words, read per turn. */
  hints: () => Promise<SttHints>;
};

/**
 * STT, LLM, TTS and VAD for one session, chosen by the environment. `turnStt` is set for the
 * whole-turn recognisers (local, openai), which end_turn asks to transcribe before it commits.
 */
export function sessionComponents(config: AgentConfig, inputs: SessionInputs) {
  const turnStt =
    config.stt.provider === "deepgram" ? null : new TurnSTT({ speech: speech(config), hints: inputs.hints });
  const options = {
    vad: inputs.vad,
    stt: turnStt ?? streamingStt(config, inputs.keyterms),
    llm: config.llm
      ? new openai.LLM({
          client: openAiClient("llm", { apiKey: config.llm.apiKey }),
          model: config.llm.model,
          temperature: 0.2,
          parallelToolCalls: false,
        })
      : new FastPathOnlyLLM(),
    tts: textToSpeech(config),
    connOptions: { sttConnOptions: CONNECT, llmConnOptions: CONNECT, ttsConnOptions: CONNECT },
  } satisfies Partial<voice.AgentSessionOptions>;
  return { options, turnStt };
}

function speech(config: AgentConfig) {
  return config.stt.provider === "openai"
    ? openAi({ apiKey: config.stt.apiKey, baseUrl: config.stt.baseUrl })
    : localPocketsphinx();
}

function streamingStt(config: AgentConfig, keyterms: string[]): stt.STT {
  if (config.stt.provider !== "deepgram") throw new Error("only Deepgram streams here");
  return new deepgram.STT({
    apiKey: config.stt.apiKey,
    model: "nova-3",
    language: config.stt.language,
    keyterm: keyterms,
    // Interim words reach the browser as the live transcript while the button is held.
    interimResults: true,
    smartFormat: false,
    numerals: true,
  });
}

function textToSpeech(config: AgentConfig): tts.TTS {
  if (config.tts.provider === "local") return new EspeakTTS();
  return new openai.TTS({
    client: openAiClient("tts", { apiKey: config.tts.apiKey }),
    model: config.tts.model,
    voice: config.tts.voice,
  });
}

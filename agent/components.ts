import type { VAD, voice } from "@livekit/agents";
import * as deepgram from "@livekit/agents-plugin-deepgram";
import * as openai from "@livekit/agents-plugin-openai";
import type { AgentConfig } from "./config";

// Every provider call has a timeout and bounded retries (the framework retries with its interval).
const CONNECT = { timeoutMs: 8_000, maxRetry: 2, retryIntervalMs: 500 };

/** STT, LLM, TTS and VAD for one session, chosen by the environment. */
export function sessionComponents(config: AgentConfig, vad: VAD, keyterms: string[]) {
  return {
    vad,
    stt: new deepgram.STT({
      apiKey: config.deepgramApiKey,
      model: "nova-3",
      language: config.deepgramLanguage,
      keyterm: keyterms,
      // Interim words reach the browser as the live transcript while the button is held.
      interimResults: true,
      smartFormat: false,
      numerals: true,
    }),
    llm: new openai.LLM({
      apiKey: config.openaiApiKey,
      model: config.openaiModel,
      temperature: 0.2,
      parallelToolCalls: false,
    }),
    tts: new openai.TTS({ apiKey: config.openaiApiKey, model: config.ttsModel, voice: config.ttsVoice }),
    connOptions: { sttConnOptions: CONNECT, llmConnOptions: CONNECT, ttsConnOptions: CONNECT },
  } satisfies Partial<voice.AgentSessionOptions>;
}

import { type Env, env } from "../server/env";

export type SttChoice =
  | { provider: "local" }
  | { provider: "openai"; apiKey: string; baseUrl?: string }
  | { provider: "deepgram"; apiKey: string; language: Env["DEEPGRAM_LANGUAGE"] };
export type TtsChoice =
  | { provider: "local" }
  | { provider: "openai"; apiKey: string; model: string; voice: Env["OPENAI_TTS_VOICE"] };

export type AgentConfig = {
  agentName: string;
  stt: SttChoice;
  tts: TtsChoice;
  /** null: no LLM; the fast path answers what it understands, the rest gets "try saying…". */
  llm: { apiKey: string; model: string } | null;
  /** A press held longer is cut and answered (AGENT_MAX_TURN_SECONDS, 30 s by default). */
  maxTurnMs: number;
};

const LIVEKIT = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"] as const;

/**
 * What the worker runs with. It needs LiveKit and the database (env() already requires
 * DATABASE_URL); a provider's key is asked for only when that provider is chosen
 * (STT_PROVIDER, TTS_PROVIDER). Stops at boot with the names of what is missing.
 */
export function agentConfig(values: Env = env()): AgentConfig {
  const missing: string[] = LIVEKIT.filter((name) => !values[name]);
  if (values.STT_PROVIDER === "deepgram" && !values.DEEPGRAM_API_KEY) {
    missing.push("DEEPGRAM_API_KEY (for STT_PROVIDER=deepgram)");
  }
  if (values.STT_PROVIDER === "openai" && !values.OPENAI_API_KEY) {
    missing.push("OPENAI_API_KEY (for STT_PROVIDER=openai)");
  }
  if (values.TTS_PROVIDER === "openai" && !values.OPENAI_API_KEY) {
    missing.push("OPENAI_API_KEY (for TTS_PROVIDER=openai)");
  }
  if (missing.length > 0) {
    throw new Error(`The voice agent needs these environment variables: ${missing.join(", ")}`);
  }
  const openaiKey = values.OPENAI_API_KEY as string;
  return {
    agentName: values.LIVEKIT_AGENT_NAME,
    stt: sttChoice(values),
    tts:
      values.TTS_PROVIDER === "openai"
        ? {
            provider: "openai",
            apiKey: openaiKey,
            model: values.OPENAI_TTS_MODEL,
            voice: values.OPENAI_TTS_VOICE,
          }
        : { provider: "local" },
    llm: values.OPENAI_API_KEY ? { apiKey: values.OPENAI_API_KEY, model: values.OPENAI_MODEL } : null,
    maxTurnMs: values.AGENT_MAX_TURN_SECONDS * 1000,
  };
}

function sttChoice(values: Env): SttChoice {
  switch (values.STT_PROVIDER) {
    case "deepgram":
      return {
        provider: "deepgram",
        apiKey: values.DEEPGRAM_API_KEY as string,
        language: values.DEEPGRAM_LANGUAGE,
      };
    case "openai":
      return { provider: "openai", apiKey: values.OPENAI_API_KEY as string, baseUrl: values.STT_BASE_URL };
    default:
      return { provider: "local" };
  }
}

import { type Env, env } from "../server/env";

export type AgentConfig = {
  agentName: string;
  openaiApiKey: string;
  openaiModel: string;
  ttsModel: string;
  ttsVoice: Env["OPENAI_TTS_VOICE"];
  deepgramApiKey: string;
  deepgramLanguage: "multi" | "hi";
};

// The worker cannot do anything useful without LiveKit and both speech providers: stop at boot
// with the names of what is missing, not at the first call.
const REQUIRED = [
  "LIVEKIT_URL",
  "LIVEKIT_API_KEY",
  "LIVEKIT_API_SECRET",
  "OPENAI_API_KEY",
  "DEEPGRAM_API_KEY",
] as const;

export function agentConfig(): AgentConfig {
  const values = env();
  const missing = REQUIRED.filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new Error(`The voice agent needs these environment variables: ${missing.join(", ")}`);
  }
  return {
    agentName: values.LIVEKIT_AGENT_NAME,
    openaiApiKey: values.OPENAI_API_KEY as string,
    openaiModel: values.OPENAI_MODEL,
    ttsModel: values.OPENAI_TTS_MODEL,
    ttsVoice: values.OPENAI_TTS_VOICE,
    deepgramApiKey: values.DEEPGRAM_API_KEY as string,
    deepgramLanguage: values.DEEPGRAM_LANGUAGE,
  };
}

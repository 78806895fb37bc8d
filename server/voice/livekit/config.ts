import type { Env } from "../../env";

export type LiveKitConfig = {
  serverUrl: string;
  apiKey: string;
  apiSecret: string;
  agentName: string;
};

/** The LiveKit settings when all three are set (env.ts guarantees all or none), else null. */
export function liveKitConfig(
  settings: Pick<Env, "LIVEKIT_URL" | "LIVEKIT_API_KEY" | "LIVEKIT_API_SECRET" | "LIVEKIT_AGENT_NAME">,
): LiveKitConfig | null {
  const { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, LIVEKIT_AGENT_NAME } = settings;
  if (!LIVEKIT_URL || !LIVEKIT_API_KEY || !LIVEKIT_API_SECRET) return null;
  return {
    serverUrl: LIVEKIT_URL,
    apiKey: LIVEKIT_API_KEY,
    apiSecret: LIVEKIT_API_SECRET,
    agentName: LIVEKIT_AGENT_NAME,
  };
}

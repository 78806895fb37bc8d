import { resetEnvForTests } from "../../env";

export const TEST_LIVEKIT = {
  LIVEKIT_URL: "wss://livekit.example.test",
  LIVEKIT_API_KEY: "APItestkey",
  LIVEKIT_API_SECRET: "test-livekit-secret-0123456789-abcdef",
  LIVEKIT_AGENT_NAME: "execora-voice-test",
} as const;

const NAMES = Object.keys(TEST_LIVEKIT) as (keyof typeof TEST_LIVEKIT)[];

/** Sets (or with `null`, removes) the LIVEKIT_* variables and drops the cached env. */
export function setLiveKitEnv(values: Partial<Record<keyof typeof TEST_LIVEKIT, string>> | null) {
  for (const name of NAMES) delete process.env[name];
  for (const [name, value] of Object.entries(values ?? {})) process.env[name] = value;
  resetEnvForTests();
}

import { afterEach, describe, expect, it } from "vitest";
import { env } from "../../env";
import { liveKitConfig } from "./config";
import { setLiveKitEnv, TEST_LIVEKIT } from "./test-livekit-env";

describe("LiveKit configuration", () => {
  afterEach(() => setLiveKitEnv(null));

  it("is off when nothing is set", () => {
    setLiveKitEnv(null);
    expect(liveKitConfig(env())).toBeNull();
  });

  it("is on with url, key and secret, with the default agent name", () => {
    const { LIVEKIT_AGENT_NAME: _name, ...trio } = TEST_LIVEKIT;
    setLiveKitEnv(trio);
    expect(liveKitConfig(env())).toEqual({
      serverUrl: TEST_LIVEKIT.LIVEKIT_URL,
      apiKey: TEST_LIVEKIT.LIVEKIT_API_KEY,
      apiSecret: TEST_LIVEKIT.LIVEKIT_API_SECRET,
      agentName: "execora-voice",
    });
  });

  it("stops boot when only part of it is set, naming what is missing", () => {
    setLiveKitEnv({ LIVEKIT_URL: TEST_LIVEKIT.LIVEKIT_URL });
    expect(() => env()).toThrow(/LIVEKIT_API_KEY: must be set together with LIVEKIT_URL/);
    expect(() => env()).toThrow(/LIVEKIT_API_SECRET: must be set together/);
  });

  it("stops boot on a plain http URL or a short secret", () => {
    setLiveKitEnv({ ...TEST_LIVEKIT, LIVEKIT_URL: "http://livekit.example.test" });
    expect(() => env()).toThrow(/LIVEKIT_URL: must be a wss:\/\/ or https:\/\/ URL/);
    setLiveKitEnv({ ...TEST_LIVEKIT, LIVEKIT_API_SECRET: "short" });
    expect(() => env()).toThrow(/LIVEKIT_API_SECRET: must be at least 32 characters/);
  });
});

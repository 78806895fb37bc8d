import { describe, expect, it } from "vitest";
import { parseEnv } from "../server/env";
import { agentConfig } from "./config";

const base = {
  DATABASE_URL: "postgresql://localhost/execora",
  AUTH_SECRET: "s".repeat(32),
  LIVEKIT_URL: "ws://127.0.0.1:7890",
  LIVEKIT_API_KEY: "APIlocal",
  LIVEKIT_API_SECRET: "k".repeat(43),
};
const configFor = (values: Record<string, string>) => agentConfig(parseEnv({ ...base, ...values }));

describe("the agent worker's configuration", () => {
  it("starts with only LiveKit and the database: local speech, no LLM", () => {
    expect(configFor({})).toEqual({
      agentName: "execora-voice",
      stt: { provider: "local" },
      tts: { provider: "local" },
      llm: null,
      maxTurnMs: 30_000,
    });
  });

  it("cuts a held turn at AGENT_MAX_TURN_SECONDS", () => {
    expect(configFor({ AGENT_MAX_TURN_SECONDS: "8" }).maxTurnMs).toBe(8_000);
  });

  it("uses the LLM when its key is there, with local speech unless asked otherwise", () => {
    const config = configFor({ OPENAI_API_KEY: "sk-test" });
    expect(config.llm).toEqual({ apiKey: "sk-test", model: "gpt-4o-mini" });
    expect(config.stt).toEqual({ provider: "local" });
    expect(config.tts).toEqual({ provider: "local" });
  });

  it("names only the keys of the providers it was asked to use", () => {
    expect(() => configFor({ TTS_PROVIDER: "openai" })).toThrow(
      "The voice agent needs these environment variables: OPENAI_API_KEY (for TTS_PROVIDER=openai)",
    );
    expect(() =>
      agentConfig(parseEnv({ DATABASE_URL: base.DATABASE_URL, AUTH_SECRET: base.AUTH_SECRET })),
    ).toThrow(
      "The voice agent needs these environment variables: LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET",
    );
    // A cloud STT without its key already stops the app's own env check, with the same name.
    expect(() => configFor({ STT_PROVIDER: "deepgram" })).toThrow(
      /DEEPGRAM_API_KEY: must be set when STT_PROVIDER=deepgram/,
    );
  });

  it("passes each chosen provider its settings", () => {
    const config = configFor({
      STT_PROVIDER: "deepgram",
      DEEPGRAM_API_KEY: "dg",
      DEEPGRAM_LANGUAGE: "hi",
      TTS_PROVIDER: "openai",
      OPENAI_API_KEY: "sk",
      OPENAI_TTS_VOICE: "nova",
    });
    expect(config.stt).toEqual({ provider: "deepgram", apiKey: "dg", language: "hi" });
    expect(config.tts).toEqual({ provider: "openai", apiKey: "sk", model: "gpt-4o-mini-tts", voice: "nova" });
    expect(configFor({ STT_PROVIDER: "openai", OPENAI_API_KEY: "sk" }).stt).toEqual({
      provider: "openai",
      apiKey: "sk",
      baseUrl: undefined,
    });
  });
});

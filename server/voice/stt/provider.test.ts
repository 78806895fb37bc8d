import { describe, expect, it } from "vitest";
import type { Env } from "../../env";
import { speechToTextFrom } from "./provider";

const config = (values: Partial<Env>) => ({ STT_PROVIDER: "local", ...values }) as Env;

describe("speechToTextFrom", () => {
  it("uses local pocketsphinx unless a cloud provider is chosen", () => {
    expect(speechToTextFrom(config({})).name).toBe("local");
    expect(speechToTextFrom(config({ STT_PROVIDER: "deepgram", DEEPGRAM_API_KEY: "k" })).name).toBe(
      "deepgram",
    );
    expect(speechToTextFrom(config({ STT_PROVIDER: "openai", OPENAI_API_KEY: "k" })).name).toBe("openai");
  });

  it("refuses a cloud provider without its key", () => {
    expect(() => speechToTextFrom(config({ STT_PROVIDER: "openai" }))).toThrow("OPENAI_API_KEY");
    expect(() => speechToTextFrom(config({ STT_PROVIDER: "deepgram" }))).toThrow("DEEPGRAM_API_KEY");
  });
});

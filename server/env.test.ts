import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "./env";

const STT_NAMES = ["STT_PROVIDER", "DEEPGRAM_API_KEY", "OPENAI_API_KEY"] as const;
const saved = Object.fromEntries(STT_NAMES.map((name) => [name, process.env[name]]));

function setSttEnv(values: Partial<Record<(typeof STT_NAMES)[number], string>>) {
  for (const name of STT_NAMES) delete process.env[name];
  Object.assign(process.env, values);
  resetEnvForTests();
}

describe("speech-to-text settings at boot", () => {
  afterEach(() => {
    for (const name of STT_NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetEnvForTests();
  });

  it("stops boot when STT_PROVIDER=deepgram has no DEEPGRAM_API_KEY, naming the variable", () => {
    setSttEnv({ STT_PROVIDER: "deepgram", OPENAI_API_KEY: "sk-test" });
    expect(() => env()).toThrow(/DEEPGRAM_API_KEY: must be set when STT_PROVIDER=deepgram/);
  });

  it("stops boot when STT_PROVIDER=openai has no OPENAI_API_KEY, naming the variable", () => {
    setSttEnv({ STT_PROVIDER: "openai", DEEPGRAM_API_KEY: "dg-test" });
    expect(() => env()).toThrow(/OPENAI_API_KEY: must be set when STT_PROVIDER=openai/);
  });

  it("starts with a cloud provider and its key, or with the local default and no keys", () => {
    setSttEnv({ STT_PROVIDER: "deepgram", DEEPGRAM_API_KEY: "dg-test" });
    expect(env().STT_PROVIDER).toBe("deepgram");
    setSttEnv({ STT_PROVIDER: "openai", OPENAI_API_KEY: "sk-test" });
    expect(env().STT_PROVIDER).toBe("openai");
    setSttEnv({});
    expect(env().STT_PROVIDER).toBe("local");
  });
});

describe("rate limits at boot", () => {
  const LIMITS = [
    "RATE_LIMIT_PER_MINUTE",
    "SIGN_UP_RATE_LIMIT_PER_MINUTE",
    "VOICE_SESSION_RATE_LIMIT_PER_MINUTE",
  ];
  afterEach(() => {
    for (const name of LIMITS) delete process.env[name];
    resetEnvForTests();
  });

  it("stops boot on a limit that is not a whole number, naming the variable", () => {
    for (const [name, value] of [
      ["RATE_LIMIT_PER_MINUTE", "abc"],
      ["SIGN_UP_RATE_LIMIT_PER_MINUTE", "2.5"],
      ["VOICE_SESSION_RATE_LIMIT_PER_MINUTE", "0"],
    ] as const) {
      process.env[name] = value;
      resetEnvForTests();
      expect(() => env()).toThrow(new RegExp(`${name}: `));
      delete process.env[name];
    }
  });

  it("defaults to 600 changes, 10 sign-ups and 10 voice sessions a minute", () => {
    resetEnvForTests();
    expect(env()).toMatchObject({
      RATE_LIMIT_PER_MINUTE: 600,
      SIGN_UP_RATE_LIMIT_PER_MINUTE: 10,
      VOICE_SESSION_RATE_LIMIT_PER_MINUTE: 10,
    });
  });
});

describe("message channel settings at boot", () => {
  const NAMES = [
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_API_VERSION",
    "MSG91_AUTH_KEY",
    "MSG91_SENDER_ID",
    "MSG91_TEMPLATE_ID",
    "MSG91_TEMPLATE_ID_HI",
    "MESSAGE_SEND_TIMEOUT_MS",
  ] as const;
  const before = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
  function setChannelEnv(values: Partial<Record<(typeof NAMES)[number], string>>) {
    for (const name of NAMES) delete process.env[name];
    Object.assign(process.env, values);
    resetEnvForTests();
  }
  afterEach(() => {
    for (const name of NAMES) {
      if (before[name] === undefined) delete process.env[name];
      else process.env[name] = before[name];
    }
    resetEnvForTests();
  });

  it("stops boot on a WhatsApp token without its phone number id, naming the missing one", () => {
    setChannelEnv({ WHATSAPP_ACCESS_TOKEN: "EAAG-test" });
    expect(() => env()).toThrow(/WHATSAPP_PHONE_NUMBER_ID: must be set together with WHATSAPP_ACCESS_TOKEN/);
  });

  it("stops boot on a half-configured MSG91, naming each missing variable", () => {
    setChannelEnv({ MSG91_AUTH_KEY: "key" });
    expect(() => env()).toThrow(/MSG91_SENDER_ID: must be set together with MSG91_AUTH_KEY/);
    expect(() => env()).toThrow(/MSG91_TEMPLATE_ID: must be set together with MSG91_AUTH_KEY/);
    setChannelEnv({ MSG91_TEMPLATE_ID_HI: "hi-template" });
    expect(() => env()).toThrow(/MSG91_TEMPLATE_ID: must be set with MSG91_TEMPLATE_ID_HI/);
  });

  it("stops boot on a Graph API version or timeout that cannot be right", () => {
    setChannelEnv({ WHATSAPP_API_VERSION: "23" });
    expect(() => env()).toThrow(/WHATSAPP_API_VERSION: /);
    setChannelEnv({ MESSAGE_SEND_TIMEOUT_MS: "0" });
    expect(() => env()).toThrow(/MESSAGE_SEND_TIMEOUT_MS: /);
  });

  it("starts with every channel complete, or none, with Graph API and MSG91 defaults", () => {
    setChannelEnv({
      WHATSAPP_ACCESS_TOKEN: "EAAG-test",
      WHATSAPP_PHONE_NUMBER_ID: "106540352242922",
      MSG91_AUTH_KEY: "key",
      MSG91_SENDER_ID: "EXCORA",
      MSG91_TEMPLATE_ID: "en-template",
    });
    expect(env()).toMatchObject({ WHATSAPP_PHONE_NUMBER_ID: "106540352242922", MSG91_SENDER_ID: "EXCORA" });
    setChannelEnv({});
    expect(env()).toMatchObject({
      WHATSAPP_API_BASE: "https://graph.facebook.com",
      WHATSAPP_API_VERSION: "v23.0",
      MSG91_API_BASE: "https://control.msg91.com",
      MESSAGE_SEND_TIMEOUT_MS: 10_000,
    });
  });
});

describe("the agent worker's load threshold", () => {
  it("is a CPU load from 0.05 to 1, or none; anything else stops boot naming it", async () => {
    const { parseEnv } = await import("./env");
    const { DATABASE_URL, AUTH_SECRET } = process.env;
    const withLoad = (value?: string) => parseEnv({ DATABASE_URL, AUTH_SECRET, AGENT_LOAD_THRESHOLD: value });
    expect(withLoad("0.5").AGENT_LOAD_THRESHOLD).toBe(0.5);
    expect(withLoad("none").AGENT_LOAD_THRESHOLD).toBe(Number.POSITIVE_INFINITY);
    expect(withLoad().AGENT_LOAD_THRESHOLD).toBeUndefined();
    for (const value of ["2", "0", "lots"]) {
      expect(() => withLoad(value)).toThrow(/AGENT_LOAD_THRESHOLD/);
    }
  });
});

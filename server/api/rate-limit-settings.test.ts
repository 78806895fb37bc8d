import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { createTestBusiness } from "../test/factories";
import { setLiveKitEnv, TEST_LIVEKIT } from "../voice/livekit/test-livekit-env";

// The limits are read from server/env.ts when a request arrives, so a value set in the
// environment is the value enforced (and a malformed one stops boot instead of becoming NaN).
const LIMIT_NAMES = ["RATE_LIMIT_PER_MINUTE", "VOICE_SESSION_RATE_LIMIT_PER_MINUTE"] as const;

function setLimit(name: (typeof LIMIT_NAMES)[number], value: string) {
  process.env[name] = value;
  resetEnvForTests();
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe("rate limits come from the validated environment", () => {
  afterEach(() => {
    for (const name of LIMIT_NAMES) delete process.env[name];
    setLiveKitEnv(null);
  });

  it("RATE_LIMIT_PER_MINUTE=2 lets a user make two changes a minute, not three", async () => {
    setLimit("RATE_LIMIT_PER_MINUTE", "2");
    const shop = await createTestBusiness();
    const add = (name: string) => shop.staffCaller.customers.create({ name, phone: null });
    expect(await codeOf(add("Sunita"))).toBe("OK");
    expect(await codeOf(add("Ramesh"))).toBe("OK");
    expect(await codeOf(add("Mohan"))).toBe("TOO_MANY_REQUESTS");
  });

  it("VOICE_SESSION_RATE_LIMIT_PER_MINUTE=1 allows one voice session a minute per user", async () => {
    setLiveKitEnv(TEST_LIVEKIT);
    setLimit("VOICE_SESSION_RATE_LIMIT_PER_MINUTE", "1");
    const shop = await createTestBusiness();
    expect(await codeOf(shop.ownerCaller.voice.startSession())).toBe("OK");
    expect(await codeOf(shop.ownerCaller.voice.startSession())).toBe("TOO_MANY_REQUESTS");
    // Another user of the same shop has a window of their own.
    expect(await codeOf(shop.staffCaller.voice.startSession())).toBe("OK");
  });
});

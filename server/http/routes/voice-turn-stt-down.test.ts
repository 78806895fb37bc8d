import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db";
import { resetEnvForTests } from "../../env";
import { BREAKER, resetOutboundForTests } from "../../resilience/outbound-policy";
import { createTestBusiness } from "../../test/factories";
import { spokenClip } from "../../voice/stt/test-clip";
import { POST as voiceTurn } from "./voice-turn";

const state = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));

// The cloud recogniser, down: a loopback server that answers every transcription with 503.
let provider: Server;
let seen = 0;
beforeAll(async () => {
  provider = createServer((_request, response) => {
    seen += 1;
    response.writeHead(503, { "content-type": "application/json" }).end('{"error":"overloaded"}');
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  Object.assign(process.env, {
    STT_PROVIDER: "openai",
    OPENAI_API_KEY: "sk-test-stt-down",
    STT_BASE_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}`,
  });
  resetEnvForTests();
});
afterAll(async () => {
  for (const name of ["STT_PROVIDER", "OPENAI_API_KEY", "STT_BASE_URL"]) delete process.env[name];
  resetEnvForTests();
  await new Promise<void>((resolve) => provider.close(() => resolve()));
});
beforeEach(() => {
  resetOutboundForTests();
  seen = 0;
});

const sendClip = () =>
  voiceTurn(
    new Request("http://localhost:3000/api/voice/turn", {
      method: "POST",
      headers: { "content-type": "audio/wav", "x-request-id": "req-stt" },
      body: new Uint8Array(spokenClip("Rahul ne five hundred rupees diye")),
    }),
  );

describe("POST /api/voice/turn when speech-to-text is down", () => {
  it("answers 503 speech_unavailable (the button offers typing), records no turn and writes nothing", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    const response = await sendClip();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "Speech recognition is not working right now. Type the command instead.",
      code: "speech_unavailable",
      requestId: "req-stt",
    });
    // A transcription is idempotent: tried once more, then given up.
    expect(seen).toBe(2);
    expect(await db().voiceTurn.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("after repeated failures the circuit opens: the next clip is answered at once without calling the provider", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    // Each clip is two failed tries; the breaker opens on the fifth failure in a row.
    for (let clip = 0; clip < Math.ceil(BREAKER.consecutiveFailures / 2); clip++) {
      expect((await sendClip()).status).toBe(503);
    }
    const before = seen;
    const response = await sendClip();
    expect(response.status).toBe(503);
    expect((await response.json()).code).toBe("speech_unavailable");
    expect(seen).toBe(before);
  });
});

import { createHash } from "node:crypto";
import { AccessToken } from "livekit-server-sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/livekit/route";
import { setLiveKitEnv, TEST_LIVEKIT } from "./test-livekit-env";

// Signed the way LiveKit signs deliveries: a JWT from the API key whose sha256 claim is the
// base64 SHA-256 of the raw body (see WebhookReceiver.receive).
async function signature(body: string, secret: string = TEST_LIVEKIT.LIVEKIT_API_SECRET) {
  const token = new AccessToken(TEST_LIVEKIT.LIVEKIT_API_KEY, secret, { ttl: 60 });
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}

function eventBody(id: string, event = "room_started") {
  return JSON.stringify({
    event,
    id,
    room: { sid: "RM_1", name: "voice-b-u-0a1b2c3d" },
    createdAt: "1763880000",
  });
}

const post = (body: string, authorization?: string) =>
  POST(
    new Request("http://localhost/api/webhooks/livekit", {
      method: "POST",
      headers: { "content-type": "application/webhook+json", ...(authorization ? { authorization } : {}) },
      body,
    }),
  );

describe("LiveKit webhook route", () => {
  beforeEach(() => setLiveKitEnv(TEST_LIVEKIT));
  afterEach(() => setLiveKitEnv(null));

  it("accepts a correctly signed event and acknowledges a redelivery as a duplicate", async () => {
    const body = eventBody(`EV_${crypto.randomUUID()}`);
    const first = await post(body, await signature(body));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true });
    const again = await post(body, await signature(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
  });

  it("accepts participant and track events", async () => {
    for (const event of ["participant_joined", "track_published", "participant_left", "room_finished"]) {
      const body = eventBody(`EV_${crypto.randomUUID()}`, event);
      expect((await post(body, await signature(body))).status, event).toBe(200);
    }
  });

  it("rejects a tampered body", async () => {
    const body = eventBody(`EV_${crypto.randomUUID()}`);
    const tampered = body.replace("room_started", "room_finished");
    expect((await post(tampered, await signature(body))).status).toBe(401);
  });

  it("rejects a signature made with another secret", async () => {
    const body = eventBody(`EV_${crypto.randomUUID()}`);
    const forged = await signature(body, "not-the-secret-not-the-secret-0123456");
    expect((await post(body, forged)).status).toBe(401);
  });

  it("rejects a missing or garbage Authorization header", async () => {
    const body = eventBody(`EV_${crypto.randomUUID()}`);
    expect((await post(body)).status).toBe(401);
    expect((await post(body, "Bearer nonsense")).status).toBe(401);
  });

  it("answers 503 when LiveKit is not configured", async () => {
    setLiveKitEnv(null);
    const body = eventBody(`EV_${crypto.randomUUID()}`);
    expect((await post(body, await signature(body))).status).toBe(503);
  });
});

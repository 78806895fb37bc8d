import { createHash } from "node:crypto";
import { AccessToken } from "livekit-server-sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/livekit/route";
import { db } from "../../db";
import { createTestBusiness } from "../../test/factories";
import { setLiveKitEnv, TEST_LIVEKIT } from "./test-livekit-env";
import { businessIdOfRoom, MAX_WEBHOOK_BYTES } from "./webhook";

// Signed the way LiveKit signs deliveries: a JWT from the API key whose sha256 claim is the
// base64 SHA-256 of the raw body (see WebhookReceiver.receive).
async function signature(body: string, secret: string = TEST_LIVEKIT.LIVEKIT_API_SECRET) {
  const token = new AccessToken(TEST_LIVEKIT.LIVEKIT_API_KEY, secret, { ttl: 60 });
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}

type EventFields = { event?: string; room?: string; extra?: Record<string, unknown> };

function eventBody(
  id: string,
  { event = "room_started", room = "voice-b-u-0a1b2c3d", extra }: EventFields = {},
) {
  return JSON.stringify({ event, id, room: { sid: "RM_1", name: room }, createdAt: "1763880000", ...extra });
}

const newEventId = () => `EV_${crypto.randomUUID()}`;
const stored = (id: string) => db().liveKitEvent.findMany({ where: { id } });

const post = (body: BodyInit, authorization?: string, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/webhooks/livekit", {
      method: "POST",
      headers: {
        "content-type": "application/webhook+json",
        ...(authorization ? { authorization } : {}),
        ...headers,
      },
      body,
      // Needed by undici for a streamed body.
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );

describe("LiveKit webhook route", () => {
  beforeEach(() => setLiveKitEnv(TEST_LIVEKIT));
  afterEach(() => setLiveKitEnv(null));

  it("stores a signed event once, with the business from our room name, even when delivered twice", async () => {
    const shop = await createTestBusiness();
    const id = newEventId();
    const room = `voice-${shop.businessId}-${shop.owner.id}-0a1b2c3d`;
    const body = eventBody(id, {
      event: "track_published",
      room,
      extra: { participant: { identity: shop.owner.id }, track: { sid: "TR_1" } },
    });
    const first = await post(body, await signature(body));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true });
    const again = await post(body, await signature(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(await stored(id)).toEqual([
      expect.objectContaining({
        id,
        event: "track_published",
        businessId: shop.businessId,
        roomName: room,
        participantIdentity: shop.owner.id,
        trackSid: "TR_1",
        occurredAt: new Date(1763880000 * 1000),
      }),
    ]);
  });

  it("stores events of rooms we did not name without a business", async () => {
    for (const event of ["participant_joined", "participant_left", "room_finished"]) {
      const id = newEventId();
      const body = eventBody(id, { event, room: "someone-elses-room" });
      expect((await post(body, await signature(body))).status, event).toBe(200);
      expect(await stored(id)).toEqual([
        expect.objectContaining({ event, businessId: null, roomName: "someone-elses-room" }),
      ]);
    }
  });

  it("refuses a body over 64 KB with 413 and stores nothing, by header or by counting", async () => {
    const id = newEventId();
    const body = eventBody(id, { extra: { padding: "x".repeat(MAX_WEBHOOK_BYTES) } });
    const signed = await signature(body);
    expect((await post(body, signed)).status).toBe(413);
    // A declared length over the limit is refused before reading.
    const small = eventBody(id);
    const declared = { "content-length": String(MAX_WEBHOOK_BYTES + 1) };
    expect((await post(small, await signature(small), declared)).status).toBe(413);
    // No Content-Length (chunked): the stream is cut off once the count passes the limit.
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    expect((await post(endless, signed)).status).toBe(413);
    expect(pulled).toBeLessThan(10);
    expect(await stored(id)).toEqual([]);
  });

  it("rejects a tampered body and stores nothing", async () => {
    const id = newEventId();
    const body = eventBody(id);
    const tampered = body.replace("room_started", "room_finished");
    expect((await post(tampered, await signature(body))).status).toBe(401);
    expect(await stored(id)).toEqual([]);
  });

  it("rejects a signature made with another secret and stores nothing", async () => {
    const id = newEventId();
    const body = eventBody(id);
    const forged = await signature(body, "not-the-secret-not-the-secret-0123456");
    expect((await post(body, forged)).status).toBe(401);
    expect(await stored(id)).toEqual([]);
  });

  it("rejects a missing or garbage Authorization header", async () => {
    const id = newEventId();
    const body = eventBody(id);
    expect((await post(body)).status).toBe(401);
    expect((await post(body, "Bearer nonsense")).status).toBe(401);
    expect(await stored(id)).toEqual([]);
  });

  it("answers 503 when LiveKit is not configured", async () => {
    setLiveKitEnv(null);
    const body = eventBody(newEventId());
    expect((await post(body, await signature(body))).status).toBe(503);
  });
});

describe("businessIdOfRoom", () => {
  it("reads the business from our room names only", () => {
    expect(businessIdOfRoom("voice-cmbiz123-cmuser456-0a1b2c3d")).toBe("cmbiz123");
    expect(businessIdOfRoom("voice-cmbiz123-0a1b2c3d")).toBeNull();
    expect(businessIdOfRoom("lobby")).toBeNull();
    expect(businessIdOfRoom(undefined)).toBeNull();
  });
});

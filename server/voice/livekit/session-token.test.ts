import { TRPCError } from "@trpc/server";
import { TokenVerifier } from "livekit-server-sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anonymousCaller, createTestBusiness } from "../../test/factories";
import { verifyAgentParticipant } from "./agent-participant";
import { setLiveKitEnv, TEST_LIVEKIT } from "./test-livekit-env";

const verifier = new TokenVerifier(TEST_LIVEKIT.LIVEKIT_API_KEY, TEST_LIVEKIT.LIVEKIT_API_SECRET);

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : "THREW";
  }
}

describe("voice.startSession", () => {
  beforeEach(() => setLiveKitEnv(TEST_LIVEKIT));
  afterEach(() => setLiveKitEnv(null));

  it("mints a 10-minute token for one room of this user, with signed attributes and agent dispatch", async () => {
    const shop = await createTestBusiness();
    const before = Math.floor(Date.now() / 1000);
    const session = await shop.ownerCaller.voice.startSession();

    expect(session.serverUrl).toBe(TEST_LIVEKIT.LIVEKIT_URL);
    expect(session.roomName).toMatch(new RegExp(`^voice-${shop.businessId}-${shop.owner.id}-[0-9a-f]{8}$`));
    const claims = await verifier.verify(session.participantToken);
    expect(claims.sub).toBe(shop.owner.id);
    expect(claims.name).toBe("Owner");
    expect(claims.video).toEqual({
      roomJoin: true,
      room: session.roomName,
      canPublish: true,
      canPublishSources: ["microphone"],
      canSubscribe: true,
      canPublishData: true,
    });
    expect(claims.attributes).toEqual({
      businessId: shop.businessId,
      userId: shop.owner.id,
      role: "OWNER",
      sessionId: session.sessionId,
    });
    const roomConfig = JSON.parse(JSON.stringify(claims.roomConfig));
    expect(roomConfig.agents).toHaveLength(1);
    expect(roomConfig.agents[0].agentName).toBe(TEST_LIVEKIT.LIVEKIT_AGENT_NAME);
    const ttl = (claims.exp ?? 0) - before;
    expect(ttl).toBeGreaterThanOrEqual(599);
    expect(ttl).toBeLessThanOrEqual(602);
    expect(Math.abs(session.expiresAt.getTime() / 1000 - (claims.exp ?? 0))).toBeLessThan(2);
  });

  it("gives each session its own room and id, and a token another secret cannot verify", async () => {
    const shop = await createTestBusiness();
    const first = await shop.staffCaller.voice.startSession();
    const second = await shop.staffCaller.voice.startSession();
    expect(second.roomName).not.toBe(first.roomName);
    expect(second.sessionId).not.toBe(first.sessionId);
    const claims = await verifier.verify(first.participantToken);
    expect(claims.attributes?.role).toBe("STAFF");
    const forged = new TokenVerifier(TEST_LIVEKIT.LIVEKIT_API_KEY, "another-secret-another-secret-0123456");
    await expect(forged.verify(first.participantToken)).rejects.toThrow();
  });

  it("mints attributes the agent accepts for that identity only", async () => {
    const shop = await createTestBusiness();
    const session = await shop.staffCaller.voice.startSession();
    const claims = await verifier.verify(session.participantToken);
    expect(verifyAgentParticipant(claims.attributes, shop.staff.id)).toEqual({
      businessId: shop.businessId,
      userId: shop.staff.id,
      role: "STAFF",
      sessionId: session.sessionId,
    });
    expect(() => verifyAgentParticipant(claims.attributes, shop.owner.id)).toThrow();
  });

  it("refuses without a session", async () => {
    expect(await codeOf(anonymousCaller().voice.startSession())).toBe("UNAUTHORIZED");
  });

  it("refuses when LiveKit is not configured", async () => {
    setLiveKitEnv(null);
    const shop = await createTestBusiness();
    const error = await shop.ownerCaller.voice.startSession().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("PRECONDITION_FAILED");
    expect((error as TRPCError).message).toBe("Voice over LiveKit is not configured");
  });

  it("allows 10 sessions a minute per user", async () => {
    const shop = await createTestBusiness();
    for (let i = 0; i < 10; i++) {
      expect(await codeOf(shop.staffCaller.voice.startSession())).toBe("OK");
    }
    expect(await codeOf(shop.staffCaller.voice.startSession())).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(shop.ownerCaller.voice.startSession())).toBe("OK");
  });
});

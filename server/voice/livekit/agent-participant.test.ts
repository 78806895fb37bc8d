import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createTestBusiness } from "../../test/factories";
import { verifyAgentParticipant, voiceDomainContext } from "./agent-participant";

const minted = {
  businessId: "biz_1",
  userId: "user_1",
  role: "STAFF",
  sessionId: "3f0c6f1e-8a51-4c1e-9d7a-2b6f4f7d9a10",
};

describe("verifyAgentParticipant", () => {
  it("accepts the attributes our token carries", () => {
    expect(verifyAgentParticipant({ ...minted }, "user_1")).toEqual(minted);
  });

  it("rejects missing attributes", () => {
    expect(() => verifyAgentParticipant(undefined, "user_1")).toThrow(/not issued/);
    expect(() => verifyAgentParticipant({}, "user_1")).toThrow(/not issued/);
    const { role: _role, ...withoutRole } = minted;
    expect(() => verifyAgentParticipant(withoutRole, "user_1")).toThrow(/not issued/);
  });

  it("rejects forged attributes", () => {
    expect(() => verifyAgentParticipant({ ...minted, role: "ADMIN" }, "user_1")).toThrow(/not issued/);
    expect(() => verifyAgentParticipant({ ...minted, sessionId: "anything" }, "user_1")).toThrow(
      /not issued/,
    );
    expect(() => verifyAgentParticipant({ ...minted, businessId: "" }, "user_1")).toThrow(/not issued/);
    expect(() => verifyAgentParticipant({ ...minted, extra: "1" }, "user_1")).toThrow(/not issued/);
  });

  it("rejects an identity that is not the token's user", () => {
    expect(() => verifyAgentParticipant({ ...minted }, "user_2")).toThrow(/identity/);
  });
});

describe("voiceDomainContext", () => {
  it("acts for the token's user with source VOICE", async () => {
    const shop = await createTestBusiness();
    const participant = {
      businessId: shop.businessId,
      userId: shop.staff.id,
      role: "STAFF" as const,
      sessionId: minted.sessionId,
    };
    expect(await voiceDomainContext(db(), participant, "req-1")).toMatchObject({
      businessId: shop.businessId,
      source: "VOICE",
      requestId: "req-1",
      actor: { type: "AGENT", userId: shop.staff.id, role: "STAFF" },
    });
  });

  it("refuses a removed user and a user of another business", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const claimingOther = {
      businessId: other.businessId,
      userId: shop.staff.id,
      role: "STAFF" as const,
      sessionId: minted.sessionId,
    };
    await expect(voiceDomainContext(db(), claimingOther, null)).rejects.toThrow(/no longer active/);
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    const participant = {
      businessId: shop.businessId,
      userId: shop.staff.id,
      role: "STAFF" as const,
      sessionId: minted.sessionId,
    };
    await expect(voiceDomainContext(db(), participant, null)).rejects.toThrow(/no longer active/);
  });
});

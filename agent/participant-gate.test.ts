import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { admitParticipant } from "./participant-gate";

function job(identity: string, attributes: Record<string, string>) {
  const shutdowns: string[] = [];
  return {
    shutdowns,
    waitForParticipant: async () => ({ identity, attributes }),
    shutdown: (reason = "") => {
      shutdowns.push(reason);
    },
  };
}

const signed = { businessId: "biz_1", userId: "user_1", role: "STAFF", sessionId: randomUUID() };

describe("the agent's participant gate", () => {
  it("admits the merchant with the attributes our server signed", async () => {
    const room = job("user_1", signed);
    expect(await admitParticipant(room)).toEqual({ identity: "user_1", participant: signed });
    expect(room.shutdowns).toEqual([]);
  });

  it.each([
    ["no attributes", "user_1", {}],
    ["a made-up role", "user_1", { ...signed, role: "ADMIN" }],
    ["an extra attribute", "user_1", { ...signed, businessId: "biz_1", isOwner: "true" }],
    ["someone else's identity", "user_2", signed],
  ])("rejects a participant with %s and ends the job", async (_case, identity, attributes) => {
    const room = job(identity, attributes);
    expect(await admitParticipant(room)).toBeNull();
    expect(room.shutdowns).toHaveLength(1);
  });
});

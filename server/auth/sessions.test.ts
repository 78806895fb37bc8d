import { describe, expect, it } from "vitest";
import { db } from "../db";
import { removeStaff } from "../staff/members";
import { createTestBusiness } from "../test/factories";
import { endSession, sessionIsLive, signOutEverywhere, startSession } from "./sessions";

const rules = { maxAgeHours: 24, idleHours: 2 };
const HOUR = 3_600_000;
const at = (start: Date, hours: number) => new Date(start.getTime() + hours * HOUR);

describe("signed-in sessions", () => {
  it("lives until it idles out or reaches its lifetime, and each use keeps it alive", async () => {
    const shop = await createTestBusiness();
    const start = new Date();
    const id = await startSession(db(), shop.owner.id, rules, start);
    const session = { id, userId: shop.owner.id };
    expect(await sessionIsLive(db(), session, rules, at(start, 1.5))).toBe(true);
    // Used at 1.5 h, so still alive at 3 h (1.5 h idle), then idle for 2 h: signed out.
    expect(await sessionIsLive(db(), session, rules, at(start, 3))).toBe(true);
    expect(await sessionIsLive(db(), session, rules, at(start, 5.5))).toBe(false);

    const busy = await startSession(db(), shop.owner.id, rules, start);
    for (let hour = 1; hour < 24; hour++) {
      expect(await sessionIsLive(db(), { id: busy, userId: shop.owner.id }, rules, at(start, hour))).toBe(
        true,
      );
    }
    expect(await sessionIsLive(db(), { id: busy, userId: shop.owner.id }, rules, at(start, 24.5))).toBe(
      false,
    );
  });

  it("sign-out ends that device only; sign out everywhere ends them all", async () => {
    const shop = await createTestBusiness();
    const phone = { id: await startSession(db(), shop.owner.id, rules), userId: shop.owner.id };
    const laptop = { id: await startSession(db(), shop.owner.id, rules), userId: shop.owner.id };
    await endSession(db(), phone.id);
    expect(await sessionIsLive(db(), phone, rules)).toBe(false);
    expect(await sessionIsLive(db(), laptop, rules)).toBe(true);
    const tablet = { id: await startSession(db(), shop.owner.id, rules), userId: shop.owner.id };
    expect(await signOutEverywhere(shop.ownerCtx)).toEqual({ sessionsEnded: 2 });
    expect(await sessionIsLive(db(), laptop, rules)).toBe(false);
    expect(await sessionIsLive(db(), tablet, rules)).toBe(false);
    const audit = await db().auditLog.findFirst({
      where: { businessId: shop.businessId, action: "auth.sign_out_everywhere" },
    });
    expect(audit?.entityId).toBe(shop.owner.id);
  });

  it("a session id is good only for its own user, and a removed member's sessions end", async () => {
    const shop = await createTestBusiness();
    const staffSession = { id: await startSession(db(), shop.staff.id, rules), userId: shop.staff.id };
    expect(await sessionIsLive(db(), { id: staffSession.id, userId: shop.owner.id }, rules)).toBe(false);
    expect(await sessionIsLive(db(), staffSession, rules)).toBe(true);
    await removeStaff(shop.ownerCtx, { userId: shop.staff.id });
    expect(await sessionIsLive(db(), staffSession, rules)).toBe(false);
    const ended = await db().userSession.findUniqueOrThrow({ where: { id: staffSession.id } });
    expect(ended.endedAt).not.toBeNull();
  });
});

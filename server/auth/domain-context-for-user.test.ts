import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";
import { domainContextForUser, requireDomainContextForUser } from "./domain-context-for-user";

describe("a signed-in user becomes a DomainContext in one place", () => {
  it("binds the user's own business, role and the request", async () => {
    const shop = await createTestBusiness();
    const found = await requireDomainContextForUser(db(), shop.staff.id, {
      requestId: "r-1",
      source: "DASHBOARD",
    });
    expect(found.ctx).toMatchObject({
      businessId: shop.businessId,
      actor: { type: "USER", userId: shop.staff.id, role: "STAFF" },
      requestId: "r-1",
      source: "DASHBOARD",
    });
  });

  it("a removed staff member, or a claim to another shop, gets no context", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const options = { requestId: null, source: "VOICE" as const };
    expect(
      await domainContextForUser(db(), shop.staff.id, { ...options, businessId: other.businessId }),
    ).toBeNull();
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    expect(await domainContextForUser(db(), shop.staff.id, options)).toBeNull();
    await expect(requireDomainContextForUser(db(), shop.staff.id, options)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Your session has ended. Sign in again.",
    });
    await expect(requireDomainContextForUser(db(), null, options)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Sign in first",
    });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db";
import { anonymousCaller, createTestBusiness } from "../test/factories";

const MAHARASHTRA_GSTIN = "27AAPFU0939F1ZV";

describe("business settings", () => {
  it("lets the owner change shop details and registers for GST, audited with before and after", async () => {
    const shop = await createTestBusiness();
    const updated = await shop.ownerCaller.business.update({
      name: "Gupta General Store",
      phone: "98765 43210",
      upiVpa: "gupta@okhdfc",
      gstScheme: "REGULAR",
      gstin: MAHARASHTRA_GSTIN.toLowerCase(),
      voiceConfirmPaise: 200_000,
      voiceQuickMode: true,
    });
    expect(updated).toMatchObject({
      name: "Gupta General Store",
      phone: "+919876543210",
      upiVpa: "gupta@okhdfc",
      gstScheme: "REGULAR",
      gstin: MAHARASHTRA_GSTIN,
      stateCode: "27",
      voiceConfirmPaise: 200_000,
      voiceQuickMode: true,
      address: "1 Market Road",
    });
    expect(await shop.staffCaller.business.get()).toMatchObject({
      name: "Gupta General Store",
      gstin: MAHARASHTRA_GSTIN,
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: shop.businessId, action: "business.update" },
    });
    expect(audit).toMatchObject({
      actorId: shop.owner.id,
      before: expect.objectContaining({ gstScheme: "UNREGISTERED", gstin: null }),
      after: expect.objectContaining({ gstScheme: "REGULAR", gstin: MAHARASHTRA_GSTIN }),
    });
  });

  it("refuses a GST registration without a GSTIN or with another state's GSTIN, changing nothing", async () => {
    const shop = await createTestBusiness();
    await expect(shop.ownerCaller.business.update({ gstScheme: "COMPOSITION" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      shop.ownerCaller.business.update({ name: "New name", gstScheme: "REGULAR", gstin: "29AAPFU0939F1ZR" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { gstin: expect.any(String) } } });
    // Moving the shop to Karnataka with that GSTIN is consistent.
    await shop.ownerCaller.business.update({
      gstScheme: "REGULAR",
      gstin: "29AAPFU0939F1ZR",
      stateCode: "29",
    });
    await expect(shop.ownerCaller.business.update({ stateCode: "27" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const current = await shop.ownerCaller.business.get();
    expect(current).toMatchObject({ stateCode: "29", gstin: "29AAPFU0939F1ZR" });
    expect(current.name).not.toBe("New name");
  });

  it("drops the GSTIN when the shop de-registers", async () => {
    const shop = await createTestBusiness({ gstScheme: "REGULAR", gstin: MAHARASHTRA_GSTIN });
    expect(await shop.ownerCaller.business.update({ gstScheme: "UNREGISTERED" })).toMatchObject({
      gstScheme: "UNREGISTERED",
      gstin: null,
    });
  });

  it("validates input, is owner only for changes and needs a session", async () => {
    const shop = await createTestBusiness();
    await expect(shop.ownerCaller.business.update({ upiVpa: "not a vpa" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(shop.ownerCaller.business.update({ voiceConfirmPaise: -1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      shop.ownerCaller.business.update({ voiceQuickMode: "yes" as unknown as boolean }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(shop.staffCaller.business.update({ name: "Mine now" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(anonymousCaller().business.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymousCaller().business.update({ name: "X" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const other = await createTestBusiness();
    await shop.ownerCaller.business.update({ name: "Only mine" });
    expect((await other.ownerCaller.business.get()).name).not.toBe("Only mine");
  });
});

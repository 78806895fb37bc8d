import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import { anonymousCaller, createTestBusiness } from "../test/factories";

describe("audit.find", () => {
  it("lists the shop's history newest first with who did it, filtered and paged", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.staffCaller.customers.create({ name: "Kamla" });
    await shop.ownerCaller.customers.update({ id: customerId, creditLimitPaise: 50_000 });
    await shop.ownerCaller.business.update({ address: "2 Station Road" });

    const all = await shop.ownerCaller.audit.find({});
    expect(all.items.map((row) => row.action)).toEqual([
      "business.update",
      "customer.update",
      "customer.create",
      "business.create",
    ]);
    expect(all.items[2]).toMatchObject({ actorId: shop.staff.id, actorName: "Staff", entityId: customerId });
    expect(all.items[0]).toMatchObject({ actorName: "Owner", source: "DASHBOARD" });

    const customerRows = await shop.ownerCaller.audit.find({ entityType: "Customer" });
    expect(customerRows.items.map((row) => row.action)).toEqual(["customer.update", "customer.create"]);
    const byStaff = await shop.ownerCaller.audit.find({ actorId: shop.staff.id });
    expect(byStaff.items.map((row) => row.action)).toEqual(["customer.create"]);
    const today = istDateString(new Date());
    expect((await shop.ownerCaller.audit.find({ from: today, to: today })).items).toHaveLength(4);
    expect((await shop.ownerCaller.audit.find({ to: "2020-01-01" })).items).toHaveLength(0);

    const page1 = await shop.ownerCaller.audit.find({ limit: 3 });
    expect(page1.items).toHaveLength(3);
    const page2 = await shop.ownerCaller.audit.find({ limit: 3, cursor: page1.nextCursor });
    expect(page2.items.map((row) => row.action)).toEqual(["business.create"]);
    expect(page2.nextCursor).toBeNull();
  });

  it("is owner only, needs a session and never shows another business's history", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    await other.ownerCaller.customers.create({ name: "Secret" });
    await expect(shop.staffCaller.audit.find({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(anonymousCaller().audit.find({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const mine = await shop.ownerCaller.audit.find({ actorId: other.owner.id });
    expect(mine.items).toEqual([]);
    expect(
      (await shop.ownerCaller.audit.find({})).items.every((row) => row.action === "business.create"),
    ).toBe(true);
  });
});

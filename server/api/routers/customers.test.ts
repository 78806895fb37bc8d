import { describe, expect, it } from "vitest";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

describe("customers router", () => {
  it("rejects callers without a session", async () => {
    await expect(anonymousCaller().customers.find({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymousCaller().customers.create({ name: "Rahul" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anonymousCaller().customers.get({ id: "x" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anonymousCaller().customers.update({ id: "x", name: "A" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("normalises the phone to +91 and trims the name", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.staffCaller.customers.create({ name: "  Rahul Sharma ", phone: "98765 43210" });
    const customer = await shop.ownerCaller.customers.get({ id });
    expect(customer).toMatchObject({ name: "Rahul Sharma", phone: "+919876543210", balancePaise: 0 });
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const shop = await createTestBusiness();
    const bad = [
      { name: "" },
      { name: "x".repeat(121) },
      { name: "Rahul", phone: "12345" },
      { name: "Rahul", gstin: "27AAPFU0939F1ZX" },
      { name: "Rahul", creditLimitPaise: -5 },
    ];
    for (const input of bad) {
      await expect(shop.ownerCaller.customers.create(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const list = await shop.ownerCaller.customers.find({});
    expect(list.items).toHaveLength(0);
  });

  it("keeps businesses apart: another business's customer is NOT_FOUND and never listed", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    const { id } = await theirs.ownerCaller.customers.create({ name: "Priya Verma" });
    await expect(mine.ownerCaller.customers.get({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mine.ownerCaller.customers.update({ id, name: "Hacked" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await mine.ownerCaller.customers.find({ search: "Priya" })).items).toHaveLength(0);
    expect((await theirs.ownerCaller.customers.get({ id })).name).toBe("Priya Verma");
  });

  it("search forgives typos, spelling variants and script", async () => {
    const shop = await createTestBusiness();
    await shop.ownerCaller.customers.create({ name: "Rahul Sharma" });
    await shop.ownerCaller.customers.create({ name: "Priya Verma" });
    await shop.ownerCaller.customers.create({ name: "सुनीता देवी" });
    const names = async (search: string) =>
      (await shop.ownerCaller.customers.find({ search })).items.map((customer) => customer.name);
    expect(await names("Raul")).toContain("Rahul Sharma");
    expect(await names("राहुल")).toContain("Rahul Sharma");
    expect(await names("rahul sarma")).toContain("Rahul Sharma");
    expect(await names("Sunita")).toContain("सुनीता देवी");
    expect(await names("Raul")).not.toContain("Priya Verma");
  });

  it("lists by amount owed with pagination", async () => {
    const shop = await createTestBusiness();
    for (const [name, owed] of [
      ["A", 300],
      ["B", 100],
      ["C", 200],
    ] as const) {
      const { id } = await shop.ownerCaller.customers.create({ name });
      await shop.ownerCaller.ledger.recordCredit({
        customerId: id,
        amountPaise: owed,
        idempotencyKey: `seed-${name}-${id}`,
      });
    }
    const first = await shop.ownerCaller.customers.find({ sort: "balance", limit: 2 });
    expect(first.items.map((customer) => customer.name)).toEqual(["A", "C"]);
    expect(first.nextCursor).toBe(2);
    const second = await shop.ownerCaller.customers.find({ sort: "balance", limit: 2, cursor: 2 });
    expect(second.items.map((customer) => customer.name)).toEqual(["B"]);
    expect(second.nextCursor).toBeNull();
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { daysAgo, postDatedEntry } from "../../reports/test-ledger";
import { createTestBusiness } from "../../test/factories";

/** A shop with one customer who has owed ₹800 for 60 days. */
async function shopWithOldDebtor(name: string, phone: string) {
  const shop = await createTestBusiness();
  const customer = await shop.ownerCaller.customers.create({ name, phone });
  await postDatedEntry(shop.ownerCtx, {
    customerId: customer.id,
    amountPaise: 80_000,
    occurredAt: daysAgo(60),
  });
  return { ...shop, customer };
}

describe("reminders.bulkPreview / bulkCreate", () => {
  it("only the owner may remind every debtor at once", async () => {
    const shop = await shopWithOldDebtor("Asha", "98765 11111");
    for (const attempt of [
      () => shop.staffCaller.reminders.bulkPreview({}),
      () => shop.staffCaller.reminders.bulkCreate({ expectedCount: 1, bulkKey: randomUUID() }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("never lists or reminds another shop's customers, and a bulkKey is the shop's own", async () => {
    const mine = await shopWithOldDebtor("Asha", "98765 22222");
    const theirs = await shopWithOldDebtor("Ravi", "98765 33333");
    const preview = await mine.ownerCaller.reminders.bulkPreview({ minDaysOverdue: 30 });
    expect(preview.customers.map((row) => row.customerId)).toEqual([mine.customer.id]);
    expect(preview.totals).toMatchObject({ willRemind: 1, amountPaise: 80_000 });

    const bulkKey = randomUUID();
    await expect(mine.ownerCaller.reminders.bulkCreate({ expectedCount: 1, bulkKey })).resolves.toMatchObject(
      {
        created: 1,
        repeated: false,
      },
    );
    // The same key in another shop is a new request there, not a replay of mine.
    await expect(
      theirs.ownerCaller.reminders.bulkCreate({ expectedCount: 1, bulkKey }),
    ).resolves.toMatchObject({
      created: 1,
      repeated: false,
    });
    const remindedBy = async (businessId: string) =>
      (await db().reminder.findMany({ where: { businessId }, select: { customerId: true } })).map(
        (r) => r.customerId,
      );
    expect(await remindedBy(mine.businessId)).toEqual([mine.customer.id]);
    expect(await remindedBy(theirs.businessId)).toEqual([theirs.customer.id]);
  });

  it("checks its input", async () => {
    const shop = await createTestBusiness();
    await expect(shop.ownerCaller.reminders.bulkPreview({ minDaysOverdue: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      shop.ownerCaller.reminders.bulkCreate({ expectedCount: 0, bulkKey: randomUUID() }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

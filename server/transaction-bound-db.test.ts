import { describe, expect, it } from "vitest";
import { createCustomer } from "./customers/mutations";
import { findCustomers } from "./customers/queries";
import { db } from "./db";
import { AppError } from "./errors";
import { recordCredit } from "./ledger/mutations";
import { createTestBusiness } from "./test/factories";
import { inOneTransaction, inTransaction } from "./transaction";

const customersOf = (businessId: string) => db().customer.count({ where: { businessId } });

describe("inOneTransaction: domain functions that commit together", () => {
  it("commits every write at the end, and none when the outer work fails", async () => {
    const shop = await createTestBusiness();
    await expect(
      inOneTransaction(shop.ownerCtx, async (ctx) => {
        const customer = await createCustomer(ctx, { name: "Asha" });
        await recordCredit(ctx, { customerId: customer.id, amountPaise: 10_000, idempotencyKey: "tx-1" });
        throw new Error("fails after both writes");
      }),
    ).rejects.toThrow("fails after both writes");
    expect(await customersOf(shop.businessId)).toBe(0);
    expect(await db().ledgerEntry.count({ where: { businessId: shop.businessId } })).toBe(0);
    expect(
      await db().auditLog.count({ where: { businessId: shop.businessId, action: "customer.create" } }),
    ).toBe(0);

    await inOneTransaction(shop.ownerCtx, (ctx) => createCustomer(ctx, { name: "Asha" }));
    expect(await customersOf(shop.businessId)).toBe(1);
  });

  it("a nested unit that fails rolls back alone; the rest still commits", async () => {
    const shop = await createTestBusiness();
    await inOneTransaction(shop.ownerCtx, async (ctx) => {
      await inTransaction(ctx, async (tx) => {
        await tx.customer.create({
          data: { businessId: shop.businessId, name: "Half", searchName: "half", phoneticKey: "hlf" },
        });
        throw new AppError("BAD_REQUEST", "refused halfway");
      }).catch((error: unknown) => {
        if (!(error instanceof AppError)) throw error;
      });
      await createCustomer(ctx, { name: "Whole" });
      // Reads inside see the transaction's own writes, including batched ones (search).
      const page = await findCustomers(ctx, { search: "Whole", sort: "name", cursor: 0, limit: 5 });
      expect(page.items.map((item) => item.name)).toEqual(["Whole"]);
    });
    const names = await db().customer.findMany({
      where: { businessId: shop.businessId },
      select: { name: true },
    });
    expect(names).toEqual([{ name: "Whole" }]);
  });

  it("a repeated idempotency key inside it answers with the first entry", async () => {
    const shop = await createTestBusiness();
    const customer = await createCustomer(shop.ownerCtx, { name: "Ravi" });
    const entry = { customerId: customer.id, amountPaise: 5_000, idempotencyKey: "tx-same" };
    const [first, second] = await inOneTransaction(shop.ownerCtx, async (ctx) => [
      await recordCredit(ctx, entry),
      await recordCredit(ctx, entry),
    ]);
    expect(second?.id).toBe(first?.id);
    expect(await db().ledgerEntry.count({ where: { customerId: customer.id } })).toBe(1);
  });
});

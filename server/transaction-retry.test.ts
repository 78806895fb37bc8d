import { describe, expect, it } from "vitest";
import { createCustomer } from "./customers/mutations";
import { isTransactionConflict } from "./database-errors";
import { db, type Tx } from "./db";
import { recordCredit } from "./ledger/mutations";
import { createTestBusiness } from "./test/factories";
import { inOneTransaction, inTransaction } from "./transaction";

/** Resolves once `count` parties have arrived: the two transactions meet here holding one lock each. */
function barrier(count: number) {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

const touch = (tx: Tx, id: string) =>
  tx.$executeRaw`UPDATE "Customer" SET "updatedAt" = now() WHERE "id" = ${id}`;

describe("inTransaction when PostgreSQL aborts it for a deadlock", () => {
  it("runs the aborted side again: both transactions commit, the books stay exact", async () => {
    const shop = await createTestBusiness();
    const [asha, bina] = [
      await createCustomer(shop.ownerCtx, { name: "Asha" }),
      await createCustomer(shop.ownerCtx, { name: "Bina" }),
    ];
    const meet = barrier(2);
    const attempts = { first: 0, second: 0 };
    // Opposite lock order on purpose: the database detects the deadlock and aborts one of them.
    const crossing = (side: "first" | "second", one: string, other: string, key: string) =>
      inOneTransaction(shop.ownerCtx, async (ctx) => {
        attempts[side] += 1;
        await recordCredit(ctx, { customerId: one, amountPaise: 10_000, idempotencyKey: `${key}-a` });
        if (attempts[side] === 1) await meet();
        await recordCredit(ctx, { customerId: other, amountPaise: 5_000, idempotencyKey: `${key}-b` });
      });
    await Promise.all([
      crossing("first", asha.id, bina.id, "t1"),
      crossing("second", bina.id, asha.id, "t2"),
    ]);

    expect(attempts.first + attempts.second).toBe(3);
    const balances = await db().customer.findMany({
      where: { id: { in: [asha.id, bina.id] } },
      select: { balancePaise: true },
    });
    expect(balances.map((row) => Number(row.balancePaise))).toEqual([15_000, 15_000]);
    expect(await db().ledgerEntry.count({ where: { businessId: shop.businessId } })).toBe(4);
  });

  it("gives up after three retries, with the database's error", async () => {
    const shop = await createTestBusiness();
    let attempts = 0;
    const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01", kind: "postgres" });
    await expect(
      inTransaction(shop.ownerCtx, async (tx) => {
        attempts += 1;
        await touch(tx, "nobody");
        throw deadlock;
      }),
    ).rejects.toBe(deadlock);
    expect(attempts).toBe(4);
  });

  it("knows a conflict from other failures", () => {
    expect(isTransactionConflict({ code: "P2034" })).toBe(true);
    expect(isTransactionConflict({ cause: { kind: "postgres", code: "40001" } })).toBe(true);
    expect(isTransactionConflict({ code: "23505" })).toBe(false);
    expect(isTransactionConflict(new Error("boom"))).toBe(false);
  });
});

import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { verifyLedger } from "../seed/verify-ledger";
import { createTestBusiness } from "../test/factories";
import { recordCredit, recordPayment } from "./mutations";
import { postOpeningBalances } from "./post-opening-balances";

const TWO_YEARS_AGO = new Date(Date.now() - 730 * 24 * 60 * 60 * 1000);

const opening = (customerId: string, amountPaise: number) => ({
  customerId,
  amountPaise,
  occurredAt: TWO_YEARS_AGO,
  idempotencyKey: `opening:${customerId}`,
  note: "Opening balance",
});

describe("postOpeningBalances (the ledger's bulk poster)", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("adds to balances that already have entries and keeps every running balance exact", async () => {
    const shop = await createTestBusiness();
    const ctx = shop.ownerCtx;
    const ravi = await createCustomer(ctx, { name: "Ravi" });
    const meena = await createCustomer(ctx, { name: "Meena" });
    await recordCredit(ctx, { customerId: ravi.id, amountPaise: 10_000, idempotencyKey: randomUUID() });
    await recordPayment(ctx, {
      customerId: ravi.id,
      amountPaise: 4_000,
      mode: "CASH",
      idempotencyKey: randomUUID(),
    });

    const ids = await db().$transaction((tx) =>
      postOpeningBalances(tx, ctx, [opening(ravi.id, 2_500), opening(meena.id, -700)]),
    );
    expect(ids.size).toBe(2);

    const entry = await db().ledgerEntry.findUniqueOrThrow({ where: { id: ids.get(ravi.id) } });
    expect(entry).toMatchObject({
      type: "ADJUSTMENT",
      amountPaise: 2_500,
      balanceAfterPaise: 8_500n,
      occurredAt: TWO_YEARS_AGO,
      source: "DASHBOARD",
      createdById: shop.owner.id,
    });
    const customers = await db().customer.findMany({
      where: { businessId: shop.businessId },
      orderBy: { name: "asc" },
      select: { name: true, balancePaise: true, unappliedPaise: true },
    });
    expect(customers).toEqual([
      { name: "Meena", balancePaise: -700n, unappliedPaise: 700n },
      { name: "Ravi", balancePaise: 8_500n, unappliedPaise: 4_000n },
    ]);
    expect(await verifyLedger(client, shop.businessId)).toMatchObject({
      entries: 4,
      balanceMismatches: 0,
      runningBalanceMismatches: 0,
    });
  });

  it("refuses another shop's or an erased customer and writes nothing", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    const own = await createCustomer(mine.ownerCtx, { name: "Own" });
    const foreign = await createCustomer(theirs.ownerCtx, { name: "Foreign" });
    const gone = await createCustomer(mine.ownerCtx, { name: "Gone" });
    // What erasure leaves behind (server/customers/deletion.ts): no personal data, erasedAt set.
    await db().customer.update({
      where: { id: gone.id },
      data: { name: "Erased", phone: null, erasedAt: new Date() },
    });
    for (const stranger of [foreign.id, gone.id]) {
      await expect(
        db().$transaction((tx) =>
          postOpeningBalances(tx, mine.ownerCtx, [opening(own.id, 100), opening(stranger, 100)]),
        ),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await verifyLedger(client, mine.businessId)).toMatchObject({ entries: 0, balanceMismatches: 0 });
    expect(await verifyLedger(client, theirs.businessId)).toMatchObject({ entries: 0, balanceMismatches: 0 });
  });

  it("refuses an idempotency key the shop already used", async () => {
    const shop = await createTestBusiness();
    const asha = await createCustomer(shop.ownerCtx, { name: "Asha" });
    await recordCredit(shop.ownerCtx, {
      customerId: asha.id,
      amountPaise: 100,
      idempotencyKey: `opening:${asha.id}`,
    });
    await expect(
      db().$transaction((tx) => postOpeningBalances(tx, shop.ownerCtx, [opening(asha.id, 500)])),
    ).rejects.toThrow();
    expect(await verifyLedger(client, shop.businessId)).toMatchObject({ entries: 1, balanceMismatches: 0 });
  });
});

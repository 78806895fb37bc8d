import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCustomerIds } from "../customers/search";
import { createTestBusiness } from "../test/factories";
import { generateLargeShop } from "./large-shop";
import { verifyLedger } from "./verify-ledger";

describe("generateLargeShop", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("writes customers and entries that keep every ledger invariant and are searchable", async () => {
    const shop = await createTestBusiness();
    const stages: string[] = [];
    await generateLargeShop(client, {
      businessId: shop.businessId,
      prefix: `t${randomUUID().slice(0, 8)}`,
      customers: 300,
      entriesPerCustomer: 6,
      onStage: (stage) => stages.push(stage),
    });
    expect(stages).toContain("insert ledger entries");
    expect(await verifyLedger(client, shop.businessId)).toEqual({
      customers: 300,
      entries: 1800,
      balanceMismatches: 0,
      runningBalanceMismatches: 0,
    });
    const { rows } = await client.query<{ negative: string; settled: string; unapplied_wrong: string }>(
      `SELECT count(*) FILTER (WHERE "balancePaise" < 0) AS negative,
              count(*) FILTER (WHERE "balancePaise" = 0) AS settled,
              count(*) FILTER (WHERE "unappliedPaise" <> (SELECT COALESCE(-sum("amountPaise"), 0) FROM "LedgerEntry" e
                                WHERE e."customerId" = c."id" AND e."type" = 'PAYMENT')) AS unapplied_wrong
       FROM "Customer" c WHERE "businessId" = $1`,
      [shop.businessId],
    );
    expect(rows[0]).toEqual({
      negative: "0",
      settled: expect.not.stringMatching(/^0$/),
      unapplied_wrong: "0",
    });
    // Search keys were computed by the app's own functions, so both scripts find their names.
    expect((await searchCustomerIds(shop.ownerCtx, "rahul sharma", 5)).length).toBeGreaterThan(0);
    const devanagari = await client.query<{ name: string }>(
      `SELECT "name" FROM "Customer" WHERE "businessId" = $1 AND "name" ~ '[ऀ-ॿ]' LIMIT 1`,
      [shop.businessId],
    );
    const name = devanagari.rows[0]?.name ?? "";
    expect(name).not.toBe("");
    expect((await searchCustomerIds(shop.ownerCtx, name, 5)).length).toBeGreaterThan(0);
  });

  it("leaves nothing behind when it fails part-way", async () => {
    const shop = await createTestBusiness();
    const prefix = `t${randomUUID().slice(0, 8)}`;
    await generateLargeShop(client, {
      businessId: shop.businessId,
      prefix,
      customers: 5,
      entriesPerCustomer: 2,
    });
    // The same prefix again collides on the customer ids: the whole second run rolls back.
    await expect(
      generateLargeShop(client, { businessId: shop.businessId, prefix, customers: 5, entriesPerCustomer: 2 }),
    ).rejects.toThrow();
    expect((await verifyLedger(client, shop.businessId)).entries).toBe(10);
  });
});

import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { createCustomer } from "../customers/mutations";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { reverseEntry } from "../ledger/reverse-entry";
import { createTestBusiness } from "../test/factories";
import { receivablesAging } from "./aging";
import { daysAgo, postDatedEntry } from "./test-ledger";

const key = () => `k-${crypto.randomUUID()}`;

async function agingShop() {
  const shop = await createTestBusiness();
  const ctx = shop.ownerCtx;
  // Amit: ₹10 (100 days ago), ₹20 (45 days ago), ₹30 (10 days ago), then paid ₹15 today.
  const amit = await createCustomer(ctx, { name: "Amit" });
  await postDatedEntry(ctx, { customerId: amit.id, amountPaise: 1_000, occurredAt: daysAgo(100) });
  await postDatedEntry(ctx, { customerId: amit.id, amountPaise: 2_000, occurredAt: daysAgo(45) });
  await postDatedEntry(ctx, { customerId: amit.id, amountPaise: 3_000, occurredAt: daysAgo(10) });
  await recordPayment(ctx, { customerId: amit.id, amountPaise: 1_500, mode: "CASH", idempotencyKey: key() });
  // Bela: ₹50 from 120 days ago; a ₹40 credit today was a mistake and was reversed.
  const bela = await createCustomer(ctx, { name: "Bela" });
  await postDatedEntry(ctx, { customerId: bela.id, amountPaise: 5_000, occurredAt: daysAgo(120) });
  const mistake = await recordCredit(ctx, { customerId: bela.id, amountPaise: 4_000, idempotencyKey: key() });
  await reverseEntry(ctx, { entryId: mistake.id, reason: "wrong customer", idempotencyKey: key() });
  // Chetan paid in advance: owes nothing, so not a debtor.
  const chetan = await createCustomer(ctx, { name: "Chetan" });
  await recordPayment(ctx, { customerId: chetan.id, amountPaise: 700, mode: "UPI", idempotencyKey: key() });
  return { shop, amit, bela, chetan };
}

describe("receivablesAging", () => {
  it("splits each balance by age, newest debits first (payments settle the oldest)", async () => {
    const { shop, amit, bela } = await agingShop();
    const report = await receivablesAging(shop.ownerCtx, { cursor: 0, limit: 25 });
    expect(report.items).toEqual([
      {
        customerId: bela.id,
        name: "Bela",
        phone: null,
        balancePaise: 5_000,
        days0to30: 0,
        days31to60: 0,
        days61to90: 0,
        over90: 5_000,
      },
      {
        customerId: amit.id,
        name: "Amit",
        phone: null,
        balancePaise: 4_500,
        days0to30: 3_000,
        days31to60: 1_500,
        days61to90: 0,
        over90: 0,
      },
    ]);
    expect(report.totals).toEqual({
      customers: 2,
      balancePaise: 9_500,
      days0to30: 3_000,
      days31to60: 1_500,
      days61to90: 0,
      over90: 5_000,
    });
    expect(report.asOf).toBe(istDateString(new Date()));
  });

  it("counts ages up to asOf, so the same book ages as time passes", async () => {
    const { shop, amit } = await agingShop();
    const asOf = istDateString(addIstDays(new Date(), 30));
    const report = await receivablesAging(shop.ownerCtx, { asOf, cursor: 0, limit: 25 });
    // 10 days old becomes 40 (31–60); the ₹15 left of the 45-day debit becomes 75 days old.
    expect(report.items.find((row) => row.customerId === amit.id)).toMatchObject({
      days0to30: 0,
      days31to60: 3_000,
      days61to90: 1_500,
      over90: 0,
    });
  });

  it("pages by balance, largest first, and keeps totals over everyone", async () => {
    const { shop, amit, bela } = await agingShop();
    const first = await receivablesAging(shop.ownerCtx, { cursor: 0, limit: 1 });
    expect(first.items.map((row) => row.customerId)).toEqual([bela.id]);
    expect(first.nextCursor).toBe(1);
    expect(first.totals.balancePaise).toBe(9_500);
    const second = await receivablesAging(shop.ownerCtx, { cursor: 1, limit: 1 });
    expect(second.items.map((row) => row.customerId)).toEqual([amit.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("never shows another business's customers", async () => {
    await agingShop();
    const empty = await createTestBusiness();
    const report = await receivablesAging(empty.ownerCtx, { cursor: 0, limit: 25 });
    expect(report.items).toEqual([]);
    expect(report.totals.balancePaise).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { addIstDays, istDateString, istDayStart } from "@/lib/gst/financial-year";
import { createCustomer } from "../customers/mutations";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { reverseEntry } from "../ledger/reverse-entry";
import { archiveProduct, createProduct } from "../products/mutations";
import { createTestBusiness } from "../test/factories";
import { dashboardSummary } from "./dashboard";
import { istWeekStart } from "./dates";
import { daysAgo, postDatedEntry } from "./test-ledger";

const key = () => `k-${crypto.randomUUID()}`;

describe("dashboardSummary", () => {
  it("shows what is owed, advances, today's and this week's collections and recent activity", async () => {
    const shop = await createTestBusiness();
    const ctx = shop.ownerCtx;
    const now = new Date();
    const rahul = await createCustomer(ctx, { name: "Rahul" });
    const priya = await createCustomer(ctx, { name: "Priya" });
    await recordCredit(ctx, { customerId: rahul.id, amountPaise: 50_000, idempotencyKey: key() });
    await recordPayment(ctx, {
      customerId: rahul.id,
      amountPaise: 20_000,
      mode: "UPI",
      idempotencyKey: key(),
    });
    // A payment typed by mistake and reversed is not money collected.
    const wrong = await recordPayment(ctx, {
      customerId: rahul.id,
      amountPaise: 9_900,
      mode: "CASH",
      idempotencyKey: key(),
    });
    await reverseEntry(ctx, { entryId: wrong.id, reason: "typo", idempotencyKey: key() });
    await recordPayment(ctx, {
      customerId: priya.id,
      amountPaise: 5_000,
      mode: "CASH",
      idempotencyKey: key(),
    });
    // Yesterday noon IST and 8 days ago: in the chart; this week only if after Monday 00:00 IST.
    const yesterdayNoon = new Date(addIstDays(istDayStart(now), -1).getTime() + 6.5 * 3_600_000);
    await postDatedEntry(ctx, { customerId: rahul.id, amountPaise: -1_000, occurredAt: yesterdayNoon });
    await postDatedEntry(ctx, { customerId: rahul.id, amountPaise: -300, occurredAt: daysAgo(8, now) });

    const summary = await dashboardSummary(ctx, now);
    expect(summary.receivablePaise).toBe(50_000 - 20_000 - 1_000 - 300);
    expect(summary.advancesPaise).toBe(5_000);
    expect(summary.debtorCount).toBe(1);
    expect(summary.collectedTodayPaise).toBe(25_000);
    const yesterdayInWeek = yesterdayNoon >= istWeekStart(now);
    expect(summary.collectedThisWeekPaise).toBe(25_000 + (yesterdayInWeek ? 1_000 : 0));
    expect(summary.collectionsPerDay).toHaveLength(30);
    expect(summary.collectionsPerDay.at(-1)).toEqual({ date: istDateString(now), collectedPaise: 25_000 });
    expect(summary.collectionsPerDay.at(-2)).toEqual({
      date: istDateString(yesterdayNoon),
      collectedPaise: 1_000,
    });
    expect(summary.collectionsPerDay.at(-9)?.collectedPaise).toBe(300);
    expect(summary.topDebtors).toEqual([
      expect.objectContaining({
        customerId: rahul.id,
        name: "Rahul",
        balancePaise: 28_700,
        days0to30: 28_700,
      }),
    ]);
    expect(summary.recentActivity).toHaveLength(7);
    expect(summary.recentActivity[0]).toMatchObject({
      customer: { id: priya.id, name: "Priya" },
      amountPaise: -5_000,
    });
  });

  it("counts products at or below their low-stock level, ignoring archived ones", async () => {
    const shop = await createTestBusiness();
    const product = (name: string, stock: string, lowStock: string | null) =>
      createProduct(shop.ownerCtx, {
        name,
        aliases: [],
        unit: "kg",
        pricePaise: 1_000,
        gstRateBp: 0,
        hsn: null,
        stock: Number(stock) * 1000,
        lowStock: lowStock === null ? null : Number(lowStock) * 1000,
      });
    await product("Rice", "2", "5");
    await product("Dal", "5", "5");
    await product("Sugar", "10", "5");
    await product("Salt", "0", null);
    const old = await product("Old stock", "0", "1");
    await archiveProduct(shop.ownerCtx, { id: old.id });
    expect((await dashboardSummary(shop.ownerCtx)).lowStockCount).toBe(2);
  });

  it("is empty for a new shop and never counts another shop's book", async () => {
    const other = await createTestBusiness();
    const customer = await createCustomer(other.ownerCtx, { name: "X" });
    await recordPayment(other.ownerCtx, {
      customerId: customer.id,
      amountPaise: 100,
      mode: "CASH",
      idempotencyKey: key(),
    });
    const shop = await createTestBusiness();
    const summary = await dashboardSummary(shop.ownerCtx);
    expect(summary).toMatchObject({
      receivablePaise: 0,
      advancesPaise: 0,
      collectedTodayPaise: 0,
      collectedThisWeekPaise: 0,
      topDebtors: [],
      recentActivity: [],
      lowStockCount: 0,
    });
  });
});

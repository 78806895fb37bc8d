import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addIstDays, istDateString, istDayStart } from "@/lib/gst/financial-year";
import { createCustomer } from "../customers/mutations";
import { reverseEntry } from "../ledger/reverse-entry";
import { createTestBusiness } from "../test/factories";
import { dashboardSummary } from "./dashboard";
import { daybook } from "./daybook";
import { postDatedEntry } from "./test-ledger";

describe("daybook", () => {
  it("groups entries by IST day, with what was given and got, around midnight IST", async () => {
    const shop = await createTestBusiness();
    const ctx = shop.ownerCtx;
    const meena = await createCustomer(ctx, { name: "Meena" });
    const at = (iso: string) => new Date(iso);
    // 23:50 IST on 1 April and 00:10 IST on 2 April are 20 minutes apart but on different days.
    await postDatedEntry(ctx, {
      customerId: meena.id,
      amountPaise: 10_000,
      occurredAt: at("2026-04-01T18:20:00Z"),
    });
    await postDatedEntry(ctx, {
      customerId: meena.id,
      amountPaise: -4_000,
      occurredAt: at("2026-04-01T18:40:00Z"),
    });
    await postDatedEntry(ctx, {
      customerId: meena.id,
      amountPaise: 2_500,
      occurredAt: at("2026-04-02T05:00:00Z"),
    });
    await postDatedEntry(ctx, {
      customerId: meena.id,
      amountPaise: 999,
      occurredAt: at("2026-04-03T18:30:00Z"),
    });

    const book = await daybook(ctx, { from: "2026-04-01", to: "2026-04-03", cursor: 0, limit: 2 });
    expect(book.days).toEqual([
      { date: "2026-04-02", gavePaise: 2_500, gotPaise: 4_000, adjustedPaise: 0, entryCount: 2 },
      { date: "2026-04-01", gavePaise: 10_000, gotPaise: 0, adjustedPaise: 0, entryCount: 1 },
    ]);
    expect(book.totals).toEqual({
      gavePaise: 12_500,
      gotPaise: 4_000,
      adjustedPaise: 0,
      gotByMode: { CASH: 4_000, UPI: 0, CARD: 0, BANK: 0, OTHER: 0 },
    });
    expect(book.items.map((entry) => entry.amountPaise)).toEqual([2_500, -4_000]);
    expect(book.items[0]?.customer).toEqual({ id: meena.id, name: "Meena" });
    expect(book.nextCursor).toBe(2);
    const next = await daybook(ctx, { from: "2026-04-01", to: "2026-04-03", cursor: 2, limit: 2 });
    expect(next.items.map((entry) => entry.amountPaise)).toEqual([10_000]);
    expect(next.nextCursor).toBeNull();
  });

  it("an entry undone on a later day leaves both days' totals, and Home's, as if it never happened", async () => {
    const shop = await createTestBusiness();
    const ctx = shop.ownerCtx;
    const meena = await createCustomer(ctx, { name: "Meena" });
    const now = new Date();
    const today = istDateString(now);
    const yesterdayNoon = new Date(addIstDays(istDayStart(now), -1).getTime() + 6.5 * 3_600_000);
    const yesterday = istDateString(yesterdayNoon);
    // Yesterday: ₹250 udhaar written against the wrong customer; undone today.
    const mistake = await postDatedEntry(ctx, {
      customerId: meena.id,
      amountPaise: 25_000,
      occurredAt: yesterdayNoon,
    });
    await reverseEntry(ctx, {
      entryId: mistake.id,
      reason: "wrong customer",
      idempotencyKey: `k-${randomUUID()}`,
    });

    const book = await daybook(ctx, { from: yesterday, to: today, cursor: 0, limit: 10 });
    expect(book.days).toEqual([
      { date: today, gavePaise: 0, gotPaise: 0, adjustedPaise: 0, entryCount: 1 },
      { date: yesterday, gavePaise: 0, gotPaise: 0, adjustedPaise: 0, entryCount: 1 },
    ]);
    expect(book.items.map((entry) => [entry.kind, entry.amountPaise])).toEqual([
      ["REVERSAL", -25_000],
      ["UNDONE", 25_000],
    ]);
    const home = await dashboardSummary(ctx, now);
    expect(home.collectedTodayPaise).toBe(0);
    expect(home.receivablePaise).toBe(0);
    expect(home.recentActivity.map((entry) => entry.kind)).toEqual(["REVERSAL", "UNDONE"]);
  });

  it("shows nothing from another business", async () => {
    const other = await createTestBusiness();
    const customer = await createCustomer(other.ownerCtx, { name: "X" });
    await postDatedEntry(other.ownerCtx, {
      customerId: customer.id,
      amountPaise: 100,
      occurredAt: new Date("2026-04-01T06:00:00Z"),
    });
    const shop = await createTestBusiness();
    const book = await daybook(shop.ownerCtx, { from: "2026-04-01", to: "2026-04-01", cursor: 0, limit: 10 });
    expect(book).toEqual({
      days: [],
      totals: {
        gavePaise: 0,
        gotPaise: 0,
        adjustedPaise: 0,
        gotByMode: { CASH: 0, UPI: 0, CARD: 0, BANK: 0, OTHER: 0 },
      },
      items: [],
      nextCursor: null,
    });
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { occurredAtForDay } from "@/lib/ledger/entry-date";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { agingTotals } from "../reports/aging";
import { collectionsPerDay } from "../reports/collections";
import { daybook } from "../reports/daybook";
import { createTestBusiness } from "../test/factories";
import { recordCredit, recordPayment } from "./mutations";
import { recordPaymentInput } from "./schema";

// 10:30 IST on 15 June 2026: the clock every test here passes to the domain functions.
const NOW = new Date("2026-06-15T05:00:00Z");
const day = (offset: number) => istDateString(addIstDays(NOW, offset));

async function setup() {
  const shop = await createTestBusiness();
  const customer = await createCustomer(shop.ownerCtx, { name: "Sunita Devi" });
  return { ...shop, customer };
}

describe("occurredAtForDay", () => {
  it("is now for no day or today, and 12:00 IST for a past day", () => {
    expect(occurredAtForDay(null, NOW)).toBeUndefined();
    expect(occurredAtForDay(undefined, NOW)).toBeUndefined();
    expect(occurredAtForDay("2026-06-15", NOW)).toBeUndefined();
    expect(occurredAtForDay("2026-06-14", NOW)?.toISOString()).toBe("2026-06-14T06:30:00.000Z");
    // 20:00 UTC on 14 June is 01:30 IST on 15 June: the IST calendar decides what "today" is.
    expect(occurredAtForDay("2026-06-15", new Date("2026-06-14T20:00:00Z"))).toBeUndefined();
    expect(() => occurredAtForDay("2026-13-45", NOW)).toThrow(RangeError);
  });
});

describe("dated khata entries", () => {
  it("a payment dated yesterday lands on yesterday's IST day in the daybook and collections", async () => {
    const { ownerCtx, customer } = await setup();
    const yesterday = day(-1);
    const payment = await recordPayment(
      ownerCtx,
      recordPaymentInput.parse({
        customerId: customer.id,
        amountPaise: 25_000,
        occurredOn: yesterday,
        note: "paid at the fair",
        idempotencyKey: randomUUID(),
      }),
      NOW,
    );
    expect(istDateString(payment.occurredAt)).toBe(yesterday);
    expect(payment.occurredAt.toISOString()).toBe(`${yesterday}T06:30:00.000Z`);
    const row = await db().ledgerEntry.findUniqueOrThrow({ where: { id: payment.id } });
    expect(istDateString(row.createdAt)).not.toBe(yesterday); // recorded on the real clock's day

    const book = await daybook(ownerCtx, { from: yesterday, to: day(0), cursor: 0, limit: 10 });
    expect(book.days).toEqual([
      { date: yesterday, gavePaise: 0, gotPaise: 25_000, adjustedPaise: 0, entryCount: 1 },
    ]);
    const perDay = await collectionsPerDay(ownerCtx, NOW, 3);
    expect(perDay).toEqual([
      { date: day(-2), collectedPaise: 0 },
      { date: yesterday, collectedPaise: 25_000 },
      { date: day(0), collectedPaise: 0 },
    ]);

    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: ownerCtx.businessId, entityId: payment.id },
    });
    expect(audit.after).toMatchObject({ occurredAt: payment.occurredAt.toISOString() });
  });

  it("a credit dated 40 days back ages from that day", async () => {
    const { ownerCtx, customer } = await setup();
    await recordCredit(
      ownerCtx,
      { customerId: customer.id, amountPaise: 9_900, occurredOn: day(-40), idempotencyKey: randomUUID() },
      NOW,
    );
    const totals = await agingTotals(ownerCtx, NOW);
    expect(totals).toMatchObject({ balancePaise: 9_900, days0to30: 0, days31to60: 9_900 });
  });

  it("today or no date is now; exactly a year back is allowed", async () => {
    const { ownerCtx, customer } = await setup();
    const before = Date.now();
    const today = await recordPayment(
      ownerCtx,
      {
        customerId: customer.id,
        amountPaise: 100,
        mode: "CASH",
        occurredOn: day(0),
        idempotencyKey: randomUUID(),
      },
      NOW,
    );
    const none = await recordCredit(ownerCtx, {
      customerId: customer.id,
      amountPaise: 100,
      idempotencyKey: randomUUID(),
    });
    for (const entry of [today, none]) {
      expect(entry.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
      expect(entry.occurredAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    }
    const yearBack = await recordCredit(
      ownerCtx,
      { customerId: customer.id, amountPaise: 100, occurredOn: day(-365), idempotencyKey: randomUUID() },
      NOW,
    );
    expect(istDateString(yearBack.occurredAt)).toBe("2025-06-15");
  });

  it("refuses tomorrow and 366 days back with a message under the date field, and writes nothing", async () => {
    const { ownerCtx, customer } = await setup();
    const attempt = (occurredOn: string) =>
      recordPayment(
        ownerCtx,
        { customerId: customer.id, amountPaise: 100, mode: "CASH", occurredOn, idempotencyKey: randomUUID() },
        NOW,
      );
    await expect(attempt(day(1))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The date cannot be in the future",
      fieldErrors: { occurredOn: "The date cannot be in the future" },
    });
    await expect(attempt(day(-366))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { occurredOn: "The date cannot be more than a year ago" },
    });
    expect(await db().ledgerEntry.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("the schema refuses a date that does not exist or is not YYYY-MM-DD", () => {
    const base = { customerId: "c1", amountPaise: 100, idempotencyKey: randomUUID() };
    expect(recordPaymentInput.safeParse({ ...base, occurredOn: "2026-02-30" }).success).toBe(false);
    expect(recordPaymentInput.safeParse({ ...base, occurredOn: "15/06/2026" }).success).toBe(false);
    expect(recordPaymentInput.safeParse({ ...base, occurredOn: null }).success).toBe(true);
  });
});

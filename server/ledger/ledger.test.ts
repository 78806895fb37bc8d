import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";
import { correctEntry } from "./correct-entry";
import { recordCredit, recordPayment } from "./mutations";
import { reverseEntry } from "./reverse-entry";

async function setup() {
  const shop = await createTestBusiness();
  const customer = await createCustomer(shop.ownerCtx, { name: "Rahul Sharma" });
  return { ...shop, customer };
}

async function balanceOf(customerId: string) {
  const customer = await db().customer.findUniqueOrThrow({ where: { id: customerId } });
  const sum = await db().ledgerEntry.aggregate({ where: { customerId }, _sum: { amountPaise: true } });
  return { cached: Number(customer.balancePaise), summed: sum._sum.amountPaise ?? 0 };
}

describe("khata entries", () => {
  it("you gave and you got move the balance and record the running balance", async () => {
    const { ownerCtx, customer } = await setup();
    const credit = await recordCredit(ownerCtx, {
      customerId: customer.id,
      amountPaise: 150_000,
      idempotencyKey: randomUUID(),
    });
    expect(credit.balanceAfterPaise).toBe(150_000);
    const payment = await recordPayment(ownerCtx, {
      customerId: customer.id,
      amountPaise: 50_050,
      mode: "UPI",
      idempotencyKey: randomUUID(),
    });
    expect(payment.amountPaise).toBe(-50_050);
    expect(payment.balanceAfterPaise).toBe(99_950);
    expect(await balanceOf(customer.id)).toEqual({ cached: 99_950, summed: 99_950 });
  });

  it("a repeated idempotency key records once", async () => {
    const { ownerCtx, customer } = await setup();
    const key = randomUUID();
    const input = {
      customerId: customer.id,
      amountPaise: 10_000,
      mode: "CASH" as const,
      idempotencyKey: key,
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => recordPayment(ownerCtx, input)));
    expect(new Set(results.map((entry) => entry.id)).size).toBe(1);
    expect(await db().ledgerEntry.count({ where: { customerId: customer.id } })).toBe(1);
    expect((await balanceOf(customer.id)).cached).toBe(-10_000);
  });

  it("reusing a key for a different amount is refused", async () => {
    const { ownerCtx, customer } = await setup();
    const key = randomUUID();
    await recordCredit(ownerCtx, { customerId: customer.id, amountPaise: 100, idempotencyKey: key });
    await expect(
      recordCredit(ownerCtx, { customerId: customer.id, amountPaise: 200, idempotencyKey: key }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("200 parallel payments and credits on one customer leave the balance exact", async () => {
    const { ownerCtx, customer } = await setup();
    const writes = Array.from({ length: 200 }, (_, index) =>
      index % 2 === 0
        ? recordCredit(ownerCtx, {
            customerId: customer.id,
            amountPaise: 1_000 + index,
            idempotencyKey: randomUUID(),
          })
        : recordPayment(ownerCtx, {
            customerId: customer.id,
            amountPaise: 500 + index,
            mode: "CASH",
            idempotencyKey: randomUUID(),
          }),
    );
    await Promise.all(writes);
    const expected = Array.from({ length: 200 }, (_, index) =>
      index % 2 === 0 ? 1_000 + index : -(500 + index),
    ).reduce((sum, amount) => sum + amount, 0);
    expect(await balanceOf(customer.id)).toEqual({ cached: expected, summed: expected });
    const entries = await db().ledgerEntry.findMany({
      where: { customerId: customer.id },
      orderBy: { seq: "asc" },
    });
    expect(entries).toHaveLength(200);
    let running = 0;
    for (const entry of entries) {
      running += entry.amountPaise;
      expect(Number(entry.balanceAfterPaise)).toBe(running);
    }
  });

  it("a reversal undoes a payment once and keeps the original entry", async () => {
    const { ownerCtx, customer } = await setup();
    await recordCredit(ownerCtx, {
      customerId: customer.id,
      amountPaise: 5_000,
      idempotencyKey: randomUUID(),
    });
    const payment = await recordPayment(ownerCtx, {
      customerId: customer.id,
      amountPaise: 2_000,
      mode: "CASH",
      idempotencyKey: randomUUID(),
    });
    const reversal = await reverseEntry(ownerCtx, {
      entryId: payment.id,
      reason: "wrong customer",
      idempotencyKey: randomUUID(),
    });
    expect(reversal.amountPaise).toBe(2_000);
    expect(reversal.balanceAfterPaise).toBe(5_000);
    await expect(
      reverseEntry(ownerCtx, { entryId: payment.id, reason: "again", idempotencyKey: randomUUID() }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().ledgerEntry.count({ where: { customerId: customer.id } })).toBe(3);
  });

  it("the database refuses to edit or delete a ledger entry", async () => {
    const { ownerCtx, customer } = await setup();
    const credit = await recordCredit(ownerCtx, {
      customerId: customer.id,
      amountPaise: 700,
      idempotencyKey: randomUUID(),
    });
    await expect(
      db().$executeRaw`UPDATE "LedgerEntry" SET "amountPaise" = 1 WHERE "id" = ${credit.id}`,
    ).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`DELETE FROM "LedgerEntry" WHERE "id" = ${credit.id}`).rejects.toThrow(
      /immutable/,
    );
  });

  it("another business cannot write to this customer", async () => {
    const { customer } = await setup();
    const other = await createTestBusiness();
    await expect(
      recordPayment(other.ownerCtx, {
        customerId: customer.id,
        amountPaise: 100,
        mode: "CASH",
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().ledgerEntry.count({ where: { customerId: customer.id } })).toBe(0);
  });
});

describe("correcting an entry", () => {
  it("reverses the old amount and posts the new one, keeping both in the khata", async () => {
    const { ownerCtx, customer } = await setup();
    const credit = await recordCredit(ownerCtx, {
      customerId: customer.id,
      amountPaise: 50_000,
      idempotencyKey: randomUUID(),
    });
    const key = randomUUID();
    const corrected = await correctEntry(ownerCtx, {
      entryId: credit.id,
      amountPaise: 5_000,
      reason: "typo",
      idempotencyKey: key,
    });
    const again = await correctEntry(ownerCtx, {
      entryId: credit.id,
      amountPaise: 5_000,
      reason: "typo",
      idempotencyKey: key,
    });
    expect(again.id).toBe(corrected.id);
    expect(corrected.balanceAfterPaise).toBe(5_000);
    const types = (
      await db().ledgerEntry.findMany({ where: { customerId: customer.id }, orderBy: { seq: "asc" } })
    ).map((entry) => [entry.type, entry.amountPaise]);
    expect(types).toEqual([
      ["CREDIT", 50_000],
      ["REVERSAL", -50_000],
      ["CREDIT", 5_000],
    ]);
  });
});

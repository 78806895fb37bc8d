import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

describe("ledger router", () => {
  it("rejects callers without a session", async () => {
    await expect(anonymousCaller().ledger.statement({ customerId: "x" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      anonymousCaller().ledger.recordPayment({
        customerId: "x",
        amountPaise: 100,
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND for another business's customer and writes nothing", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    const { id } = await theirs.ownerCaller.customers.create({ name: "Priya Verma" });
    await expect(mine.ownerCaller.ledger.statement({ customerId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      mine.staffCaller.ledger.recordCredit({
        customerId: id,
        amountPaise: 100,
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const statement = await theirs.ownerCaller.ledger.statement({ customerId: id });
    expect(statement.items).toHaveLength(0);
  });

  it("validates amounts: positive, at most 2 decimals (integer paise), at most ₹1 crore", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.ownerCaller.customers.create({ name: "Sunita Devi" });
    for (const amountPaise of [0, -100, 10.5, 1_00_00_000 * 100 + 1]) {
      await expect(
        shop.ownerCaller.ledger.recordPayment({ customerId: id, amountPaise, idempotencyKey: randomUUID() }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const statement = await shop.ownerCaller.ledger.statement({ customerId: id });
    expect(statement.items).toHaveLength(0);
  });

  it("staff can record a payment and the statement shows it with the running balance", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.ownerCaller.customers.create({ name: "Mohan Lal" });
    await shop.staffCaller.ledger.recordCredit({
      customerId: id,
      amountPaise: 120_000,
      idempotencyKey: randomUUID(),
    });
    await shop.staffCaller.ledger.recordPayment({
      customerId: id,
      amountPaise: 20_000,
      mode: "UPI",
      reference: "UPI123",
      idempotencyKey: randomUUID(),
    });
    const statement = await shop.ownerCaller.ledger.statement({ customerId: id });
    expect(statement.items.map((entry) => [entry.type, entry.amountPaise, entry.balanceAfterPaise])).toEqual([
      ["PAYMENT", -20_000, 100_000],
      ["CREDIT", 120_000, 120_000],
    ]);
  });

  it("passes the entry's day through: yesterday is stored on yesterday, tomorrow is refused under the field", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.ownerCaller.customers.create({ name: "Kavita Rao" });
    const yesterday = istDateString(addIstDays(new Date(), -1));
    await shop.staffCaller.ledger.recordPayment({
      customerId: id,
      amountPaise: 5_000,
      occurredOn: yesterday,
      idempotencyKey: randomUUID(),
    });
    const [entry] = (await shop.ownerCaller.ledger.statement({ customerId: id })).items;
    expect(entry && istDateString(entry.occurredAt)).toBe(yesterday);
    const error = await shop.ownerCaller.ledger
      .recordCredit({
        customerId: id,
        amountPaise: 100,
        occurredOn: istDateString(addIstDays(new Date(), 1)),
        idempotencyKey: randomUUID(),
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { occurredOn: "The date cannot be in the future" } },
    });
  });
});

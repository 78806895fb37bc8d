import { describe, expect, it } from "vitest";
import type { DomainContext } from "../context";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { reverseEntry } from "../ledger/reverse-entry";
import { cancelInvoice } from "./cancel-invoice";
import { issueInvoice } from "./issue-invoice";
import { issueInvoiceInput } from "./schema";
import { customerBalances, invoiceShop, key, stockOf } from "./test-fixtures";

type Shop = Awaited<ReturnType<typeof invoiceShop>>;

/** A plain bill of `kg` kilos of rice at ₹50/kg. */
function sellRice(shop: Shop, kg: number) {
  return issueInvoice(
    shop.ownerCtx,
    issueInvoiceInput.parse({
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: kg }],
      idempotencyKey: key(),
    }),
  );
}

function pay(ctx: DomainContext, customerId: string, amountPaise: number) {
  return recordPayment(ctx, { customerId, amountPaise, mode: "UPI", idempotencyKey: key() });
}

const invoiceState = (id: string) =>
  db().invoice.findUniqueOrThrow({ where: { id }, select: { status: true, paidPaise: true, number: true } });

describe("payments against invoices", () => {
  it("an invoice becomes partially paid, then paid", async () => {
    const shop = await invoiceShop();
    const invoice = await sellRice(shop, 2);
    await pay(shop.ownerCtx, shop.customer.id, 4_000);
    expect(await invoiceState(invoice.id)).toMatchObject({ status: "PARTIALLY_PAID", paidPaise: 4_000 });
    await pay(shop.ownerCtx, shop.customer.id, 6_000);
    expect(await invoiceState(invoice.id)).toMatchObject({ status: "PAID", paidPaise: 10_000 });
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 0, unappliedPaise: 0 });
  });

  it("an advance paid before the invoice settles it when it is issued", async () => {
    const shop = await invoiceShop();
    await pay(shop.ownerCtx, shop.customer.id, 5_000);
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: -5_000, unappliedPaise: 5_000 });
    const invoice = await sellRice(shop, 2);
    expect(invoice).toMatchObject({ status: "PARTIALLY_PAID", paidPaise: 5_000 });
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 5_000, unappliedPaise: 0 });
  });
});

describe("cancelInvoice", () => {
  it("keeps the number, reverses the balance, restores stock and moves its payments to another open invoice", async () => {
    const shop = await invoiceShop();
    const first = await sellRice(shop, 2); // ₹100
    const second = await sellRice(shop, 1.6); // ₹80
    await pay(shop.ownerCtx, shop.customer.id, 12_000); // settles first, ₹20 of second
    expect(await invoiceState(second.id)).toMatchObject({ status: "PARTIALLY_PAID", paidPaise: 2_000 });
    expect(await stockOf(shop.rice.id)).toBe(10_000 - 3_600);

    const cancelled = await cancelInvoice(shop.ownerCtx, {
      invoiceId: first.id,
      reason: "Wrong customer",
      idempotencyKey: key(),
    });
    expect(cancelled).toMatchObject({ status: "CANCELLED", number: first.number, paidPaise: 0 });
    expect(await invoiceState(second.id)).toMatchObject({ status: "PAID", paidPaise: 8_000 });
    // Owed ₹180, paid ₹120; without the ₹100 invoice the customer has ₹40 in advance.
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: -4_000, unappliedPaise: 4_000 });
    expect(await stockOf(shop.rice.id)).toBe(10_000 - 1_600);
    const row = await db().invoice.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.cancelReason).toBe("Wrong customer");
    expect(row.cancelledAt).toBeInstanceOf(Date);
    const reversal = await db().ledgerEntry.findFirstOrThrow({
      where: { invoiceId: first.id, type: "REVERSAL" },
    });
    expect(reversal.amountPaise).toBe(-10_000);
    expect(await db().auditLog.count({ where: { action: "invoice.cancel", entityId: first.id } })).toBe(1);

    // Later reversing the payment still leaves every number consistent.
    const payment = await db().ledgerEntry.findFirstOrThrow({
      where: { customerId: shop.customer.id, type: "PAYMENT" },
    });
    await reverseEntry(shop.ownerCtx, { entryId: payment.id, reason: "Bounced", idempotencyKey: key() });
    expect(await invoiceState(second.id)).toMatchObject({ status: "ISSUED", paidPaise: 0 });
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 8_000, unappliedPaise: 0 });
  });

  it("an unpaid cancelled invoice takes its amount off the balance and the next number is not reused", async () => {
    const shop = await invoiceShop();
    const invoice = await sellRice(shop, 1);
    await cancelInvoice(shop.ownerCtx, { invoiceId: invoice.id, reason: "Duplicate", idempotencyKey: key() });
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 0, unappliedPaise: 0 });
    const next = await sellRice(shop, 1);
    expect(next.number.slice(-4)).toBe("0002");
  });

  it("cancelling twice is a conflict; repeating the same request returns the first result", async () => {
    const shop = await invoiceShop();
    const invoice = await sellRice(shop, 1);
    const input = { invoiceId: invoice.id, reason: "Returned", idempotencyKey: key() };
    const [a, b] = await Promise.all([
      cancelInvoice(shop.ownerCtx, input),
      cancelInvoice(shop.ownerCtx, input),
    ]);
    expect(a.id).toBe(b.id);
    await expect(cancelInvoice(shop.ownerCtx, { ...input, idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().ledgerEntry.count({ where: { invoiceId: invoice.id, type: "REVERSAL" } })).toBe(1);
    expect(await stockOf(shop.rice.id)).toBe(10_000);
  });

  it("only the owner can cancel, and only their own shop's invoices", async () => {
    const shop = await invoiceShop();
    const other = await invoiceShop();
    const invoice = await sellRice(shop, 1);
    const staffCtx: DomainContext = {
      ...shop.ownerCtx,
      actor: { type: "USER", userId: shop.staff.id, role: "STAFF" },
    };
    await expect(
      cancelInvoice(staffCtx, { invoiceId: invoice.id, reason: "x", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      cancelInvoice(other.ownerCtx, { invoiceId: invoice.id, reason: "x", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await invoiceState(invoice.id)).toMatchObject({ status: "ISSUED" });
  });
});

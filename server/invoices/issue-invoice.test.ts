import { describe, expect, it } from "vitest";
import { financialYearOf } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { issueInvoice as issueParsed } from "./issue-invoice";
import { issueInvoiceInput } from "./schema";
import { customerBalances, invoiceShop, key, stockOf } from "./test-fixtures";

// Domain functions take validated input; the tests write quantities the way a user types them.
const issueInvoice = (ctx: DomainContext, raw: unknown) => issueParsed(ctx, issueInvoiceInput.parse(raw));
const lineOf = (invoiceId: string) => db().invoiceLine.findFirstOrThrow({ where: { invoiceId } });
const fullInvoice = (id: string) => db().invoice.findUniqueOrThrow({ where: { id } });

describe("issueInvoice: document type and GST", () => {
  it("a regular dealer's sale within the state is a tax invoice with CGST + SGST and a round-off", async () => {
    const shop = await invoiceShop("REGULAR", "27");
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "2.5" }],
      idempotencyKey: key(),
    });
    const invoice = await fullInvoice(issued.id);
    // 2.5 kg × ₹50 = ₹125; 5% → ₹3.125 each half → ₹3.13 + ₹3.13; ₹131.26 rounds to ₹131.
    expect(invoice).toMatchObject({
      documentType: "TAX_INVOICE",
      interState: false,
      placeOfSupply: "27",
      supplierGstin: "27AAPFU0939F1ZV",
      taxablePaise: 12_500,
      cgstPaise: 313,
      sgstPaise: 313,
      igstPaise: 0,
      roundOffPaise: -26,
      totalPaise: 13_100,
    });
    expect(await lineOf(issued.id)).toMatchObject({
      description: "Rice",
      hsn: "1006",
      unit: "kg",
      ratePaise: 5_000,
      gstRateBp: 500,
      quantityMilli: 2500n,
      totalPaise: 13_126,
    });
  });

  it("a sale to a customer in another state charges IGST and records their state as place of supply", async () => {
    const shop = await invoiceShop("REGULAR", "29");
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "2.5" }],
      idempotencyKey: key(),
    });
    expect(await fullInvoice(issued.id)).toMatchObject({
      documentType: "TAX_INVOICE",
      interState: true,
      placeOfSupply: "29",
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 625,
      roundOffPaise: -25,
      totalPaise: 13_100,
    });
  });

  it("a registered buyer with no state on record is placed in their GSTIN's state", async () => {
    const shop = await invoiceShop("REGULAR");
    await db().customer.update({ where: { id: shop.customer.id }, data: { gstin: "29AAGCB7383J1Z4" } });
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    });
    expect(await fullInvoice(issued.id)).toMatchObject({
      interState: true,
      placeOfSupply: "29",
      customerGstin: "29AAGCB7383J1Z4",
      igstPaise: 250,
    });
  });

  it("an unregistered shop issues a plain bill with no tax and no GSTIN", async () => {
    const shop = await invoiceShop("UNREGISTERED", "29");
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "2.5" }],
      idempotencyKey: key(),
    });
    expect(issued.documentType).toBe("BILL");
    expect(await fullInvoice(issued.id)).toMatchObject({
      supplierGstin: null,
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 0,
      totalPaise: 12_500,
    });
    expect((await lineOf(issued.id)).gstRateBp).toBe(0);
  });

  it("a composition dealer issues a bill of supply without tax", async () => {
    const shop = await invoiceShop("COMPOSITION");
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    });
    expect(await fullInvoice(issued.id)).toMatchObject({
      documentType: "BILL_OF_SUPPLY",
      supplierGstin: "27AAPFU0939F1ZV",
      cgstPaise: 0,
      igstPaise: 0,
      totalPaise: 5_000,
    });
  });

  it("free-text lines round to the rupee with a round-off line, and discounts reduce the taxable value", async () => {
    const shop = await invoiceShop("UNREGISTERED");
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [
        // 0.75 kg × ₹43.33 = ₹32.4975 → ₹32.50; half a rupee rounds up.
        { description: "Loose sugar", quantity: "0.75", unit: "kg", ratePaise: 4_333 },
        { description: "Biscuit", quantity: 2, unit: "packet", ratePaise: 1_000, discountPaise: 200 },
      ],
      idempotencyKey: key(),
    });
    expect(await fullInvoice(issued.id)).toMatchObject({
      subtotalPaise: 3_250 + 2_000,
      discountPaise: 200,
      taxablePaise: 5_050,
      roundOffPaise: 50,
      totalPaise: 5_100,
    });
    const lines = await db().invoiceLine.findMany({
      where: { invoiceId: issued.id },
      orderBy: { position: "asc" },
    });
    expect(lines.map((line) => [line.position, line.description, line.productId, line.unit])).toEqual([
      [1, "Loose sugar", null, "kg"],
      [2, "Biscuit", null, "packet"],
    ]);
  });
});

describe("issueInvoice: khata, stock and numbering", () => {
  it("posts the total to the khata and takes the quantity out of stock, even below zero", async () => {
    const shop = await invoiceShop();
    const issued = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "12.5" }],
      idempotencyKey: key(),
    });
    expect(issued.totalPaise).toBe(62_500);
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 62_500, unappliedPaise: 0 });
    expect(await stockOf(shop.rice.id)).toBe(-2_500);
    const entry = await db().ledgerEntry.findFirstOrThrow({ where: { invoiceId: issued.id } });
    expect(entry).toMatchObject({ type: "INVOICE", amountPaise: 62_500, balanceAfterPaise: 62_500n });
    const audit = await db().auditLog.findFirst({ where: { action: "invoice.issue", entityId: issued.id } });
    expect(audit?.businessId).toBe(shop.businessId);
  });

  it("50 parallel issues on one shop are numbered 1..50 with no gap and no duplicate", async () => {
    const shop = await invoiceShop();
    const customers = [shop.customer];
    for (const name of ["Priya", "Mohan", "Sunita", "Imran"]) {
      customers.push(await createCustomer(shop.ownerCtx, { name }));
    }
    const issued = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        issueInvoice(shop.ownerCtx, {
          customerId: customers[index % customers.length]?.id ?? shop.customer.id,
          items: [{ productId: shop.rice.id, quantity: 1 }],
          idempotencyKey: key(),
        }),
      ),
    );
    const fy = financialYearOf(new Date());
    const rows = await db().invoice.findMany({
      where: { businessId: shop.businessId },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(new Set(issued.map((invoice) => invoice.number)).size).toBe(50);
    expect(rows[0]?.number).toBe(`INV/${fy}/0001`);
    expect(rows[49]?.number).toBe(`INV/${fy}/0050`);
    expect(await stockOf(shop.rice.id)).toBe(10_000 - 50_000);
  });

  it("a repeated idempotency key issues once", async () => {
    const shop = await invoiceShop();
    const input = {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => issueInvoice(shop.ownerCtx, input)));
    const again = await issueInvoice(shop.ownerCtx, input);
    expect(new Set([...results, again].map((invoice) => invoice.id)).size).toBe(1);
    expect(await db().invoice.count({ where: { businessId: shop.businessId } })).toBe(1);
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 5_000, unappliedPaise: 0 });
    expect(await stockOf(shop.rice.id)).toBe(9_000);
    const counter = await db().invoiceCounter.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(counter.lastSeq).toBe(1);
  });

  it("a failed issue consumes no number and changes nothing", async () => {
    const shop = await invoiceShop();
    const first = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    });
    // Discount larger than the line: rejected while pricing.
    await expect(
      issueInvoice(shop.ownerCtx, {
        customerId: shop.customer.id,
        items: [{ description: "Oil", quantity: 1, ratePaise: 100, discountPaise: 500 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Key already taken by a payment: fails inside the transaction after the number was taken.
    const paymentKey = key();
    await recordPayment(shop.ownerCtx, {
      customerId: shop.customer.id,
      amountPaise: 1_000,
      mode: "CASH",
      idempotencyKey: paymentKey,
    });
    await expect(
      issueInvoice(shop.ownerCtx, {
        customerId: shop.customer.id,
        items: [{ productId: shop.rice.id, quantity: 2 }],
        idempotencyKey: paymentKey,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await stockOf(shop.rice.id)).toBe(9_000);
    expect(await customerBalances(shop.customer.id)).toEqual({ balancePaise: 4_000, unappliedPaise: 0 });
    const second = await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    });
    expect([first.number.slice(-4), second.number.slice(-4)]).toEqual(["0001", "0002"]);
  });

  it("refuses a total of zero or above ₹1 crore, another shop's customer, and an archived product", async () => {
    const shop = await invoiceShop();
    const other = await invoiceShop();
    const free = { description: "Free sample", quantity: 1, ratePaise: 0 };
    await expect(
      issueInvoice(shop.ownerCtx, { customerId: shop.customer.id, items: [free], idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const huge = { description: "Gold", quantity: 2, ratePaise: 1_00_00_000 * 100 };
    await expect(
      issueInvoice(shop.ownerCtx, { customerId: shop.customer.id, items: [huge], idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      issueInvoice(shop.ownerCtx, {
        customerId: other.customer.id,
        items: [{ productId: shop.rice.id, quantity: 1 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      issueInvoice(shop.ownerCtx, {
        customerId: shop.customer.id,
        items: [{ productId: other.rice.id, quantity: 1 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db().product.update({ where: { id: shop.rice.id }, data: { archivedAt: new Date() } });
    await expect(
      issueInvoice(shop.ownerCtx, {
        customerId: shop.customer.id,
        items: [{ productId: shop.rice.id, quantity: 1 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().invoice.count({ where: { businessId: shop.businessId } })).toBe(0);
    expect(await db().invoiceCounter.count({ where: { businessId: shop.businessId } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { createCustomer } from "../customers/mutations";
import { cancelInvoice } from "../invoices/cancel-invoice";
import { issueInvoice as issueParsed } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { invoiceShop, key } from "../invoices/test-fixtures";
import { gstSummary } from "./gst-summary";

const issueInvoice = (ctx: DomainContext, raw: unknown) => issueParsed(ctx, issueInvoiceInput.parse(raw));
const today = () => istDateString(new Date());

describe("gstSummary", () => {
  it("sums taxable value and tax per rate and splits B2B from B2C, leaving out cancelled invoices", async () => {
    const shop = await invoiceShop("REGULAR", "27");
    const ctx = shop.ownerCtx;
    // B2C: 2 kg rice at ₹50, 5% → taxable ₹100, CGST ₹2.50 + SGST ₹2.50, total ₹105.
    await issueInvoice(ctx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "2" }],
      idempotencyKey: key(),
    });
    // B2B in Karnataka: ₹200 service at 18% → IGST ₹36; plus 1 kg rice at 5% → IGST ₹2.50.
    const dealer = await createCustomer(ctx, { name: "Dealer", gstin: "29AAPFU0939F1ZR", stateCode: "29" });
    await issueInvoice(ctx, {
      customerId: dealer.id,
      items: [
        { description: "Packing", quantity: "1", ratePaise: 20_000, gstRateBp: 1_800 },
        { productId: shop.rice.id, quantity: "1" },
      ],
      idempotencyKey: key(),
    });
    const cancelled = await issueInvoice(ctx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "1" }],
      idempotencyKey: key(),
    });
    await cancelInvoice(ctx, { invoiceId: cancelled.id, reason: "duplicate", idempotencyKey: key() });

    const summary = await gstSummary(ctx, { from: today(), to: today() });
    expect(summary.byRate).toEqual([
      {
        gstRateBp: 500,
        invoiceCount: 2,
        taxablePaise: 15_000,
        cgstPaise: 250,
        sgstPaise: 250,
        igstPaise: 250,
      },
      {
        gstRateBp: 1_800,
        invoiceCount: 1,
        taxablePaise: 20_000,
        cgstPaise: 0,
        sgstPaise: 0,
        igstPaise: 3_600,
      },
    ]);
    expect(summary.b2c).toEqual({ invoiceCount: 1, taxablePaise: 10_000, taxPaise: 500, totalPaise: 10_500 });
    expect(summary.b2b).toMatchObject({ invoiceCount: 1, taxablePaise: 25_000, taxPaise: 3_850 });
  });

  it("ignores bills of unregistered shops and other dates", async () => {
    const shop = await invoiceShop("UNREGISTERED");
    await issueInvoice(shop.ownerCtx, {
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "1" }],
      idempotencyKey: key(),
    });
    const summary = await gstSummary(shop.ownerCtx, { from: today(), to: today() });
    expect(summary.byRate).toEqual([]);
    expect(summary.b2c.invoiceCount).toBe(0);
    const registered = await invoiceShop("REGULAR", "27");
    await issueInvoice(registered.ownerCtx, {
      customerId: registered.customer.id,
      items: [{ productId: registered.rice.id, quantity: "1" }],
      idempotencyKey: key(),
    });
    const lastYear = await gstSummary(registered.ownerCtx, { from: "2025-01-01", to: "2025-01-31" });
    expect(lastYear.byRate).toEqual([]);
  });
});

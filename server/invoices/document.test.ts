import { describe, expect, it } from "vitest";
import { financialYearOf } from "@/lib/gst/financial-year";
import { formatInr } from "@/lib/money/paise";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { cancelInvoice } from "./cancel-invoice";
import { invoiceDocument } from "./document";
import { issueInvoice } from "./issue-invoice";
import { invoicePdfForUser } from "./pdf-download";
import { renderInvoicePdf } from "./render-pdf";
import { issueInvoiceInput } from "./schema";
import { invoiceShop, key } from "./test-fixtures";

type Shop = Awaited<ReturnType<typeof invoiceShop>>;

function sell(shop: Shop, items: unknown[]) {
  return issueInvoice(
    shop.ownerCtx,
    issueInvoiceInput.parse({ customerId: shop.customer.id, items, idempotencyKey: key() }),
  );
}

describe("invoiceDocument", () => {
  it("has what a tax invoice must show: GSTINs, place of supply, HSN, tax by rate, words", async () => {
    const shop = await invoiceShop("REGULAR", "29");
    await db().customer.update({ where: { id: shop.customer.id }, data: { gstin: "29AAGCB7383J1Z4" } });
    const invoice = await sell(shop, [
      { productId: shop.rice.id, quantity: "2.5" },
      { description: "Soap", quantity: 3, unit: "piece", ratePaise: 4_000, gstRateBp: 1_800, hsn: "3401" },
    ]);
    const document = await invoiceDocument(shop.ownerCtx, invoice.id);
    expect(document).toMatchObject({
      title: "Tax Invoice",
      showTax: true,
      interState: true,
      business: { gstin: "27AAPFU0939F1ZV", stateCode: "27", stateName: "Maharashtra" },
      customerId: shop.customer.id,
      customer: { name: "Rahul Sharma", gstin: "29AAGCB7383J1Z4", stateName: "Karnataka" },
      placeOfSupply: { code: "29", name: "Karnataka", label: "Karnataka (29)" },
    });
    expect(
      document.lines.map((line) => [line.description, line.hsn, line.quantity, line.unit, line.gstRate]),
    ).toEqual([
      ["Rice", "1006", "2.5", "kg", "5%"],
      ["Soap", "3401", "3", "piece", "18%"],
    ]);
    // ₹125 at 5% IGST 6.25; ₹120 at 18% IGST 21.60; total ₹272.85 → ₹273.
    expect(document.taxBreakup).toEqual([
      {
        gstRateBp: 500,
        gstRate: "5%",
        taxablePaise: 12_500,
        cgstPaise: 0,
        sgstPaise: 0,
        igstPaise: 625,
        taxPaise: 625,
      },
      {
        gstRateBp: 1_800,
        gstRate: "18%",
        taxablePaise: 12_000,
        cgstPaise: 0,
        sgstPaise: 0,
        igstPaise: 2_160,
        taxPaise: 2_160,
      },
    ]);
    expect(document.totals).toMatchObject({
      taxPaise: 2_785,
      roundOffPaise: 15,
      totalPaise: 27_300,
      duePaise: 27_300,
    });
    expect(document.amountInWords).toBe("Rupees Two Hundred Seventy Three Only");
  });

  it("asks UPI for the amount still due, with 2 decimals, and shares it on WhatsApp", async () => {
    const shop = await invoiceShop();
    const invoice = await sell(shop, [{ productId: shop.rice.id, quantity: 2 }]);
    await recordPayment(shop.ownerCtx, {
      customerId: shop.customer.id,
      amountPaise: 2_550,
      mode: "CASH",
      idempotencyKey: key(),
    });
    const document = await invoiceDocument(shop.ownerCtx, invoice.id);
    const business = await db().business.findUniqueOrThrow({ where: { id: shop.businessId } });
    const fy = financialYearOf(new Date());
    expect(document.title).toBe("Bill");
    expect(document.upiLink).toBe(
      `upi://pay?pa=shop@upi&pn=${encodeURIComponent(business.name)}&am=74.50&cu=INR` +
        `&tn=INV%2F${fy}%2F0001&tr=INV%2F${fy}%2F0001`,
    );
    expect(document.upiQrDataUrl).toMatch(/^data:image\/png;base64,/);
    const share = new URL(document.whatsappShareUrl);
    expect(share.origin + share.pathname).toBe("https://wa.me/919876543210");
    const text = share.searchParams.get("text") ?? "";
    expect(text).toContain("Amount due: ₹74.50");
    expect(text).toContain(`/invoices/${invoice.id}`);
  });

  it("has no UPI link when nothing is due or the shop has no UPI ID", async () => {
    const shop = await invoiceShop();
    const invoice = await sell(shop, [{ productId: shop.rice.id, quantity: 1 }]);
    await db().business.update({ where: { id: shop.businessId }, data: { upiVpa: null } });
    expect((await invoiceDocument(shop.ownerCtx, invoice.id)).upiLink).toBeNull();
    await db().business.update({ where: { id: shop.businessId }, data: { upiVpa: "shop@upi" } });
    await cancelInvoice(shop.ownerCtx, { invoiceId: invoice.id, reason: "Mistake", idempotencyKey: key() });
    const cancelled = await invoiceDocument(shop.ownerCtx, invoice.id);
    expect(cancelled.totals.duePaise).toBe(0);
    expect(cancelled.upiLink).toBeNull();
    expect(cancelled.upiQrDataUrl).toBeNull();
    expect(cancelled.cancelled?.reason).toBe("Mistake");
  });

  it("never offers a cancelled bill as payable and says it was cancelled, paid or not", async () => {
    const shop = await invoiceShop();
    const fy = financialYearOf(new Date());
    // Bill 1 (₹100) was paid in full, bill 2 (₹50) in part (₹20), bill 3 (₹50) not at all; all cancelled.
    const paid = await sell(shop, [{ productId: shop.rice.id, quantity: 2 }]);
    await recordPayment(shop.ownerCtx, {
      customerId: shop.customer.id,
      amountPaise: 10_000 + 2_000,
      mode: "UPI",
      idempotencyKey: key(),
    });
    const part = await sell(shop, [{ productId: shop.rice.id, quantity: 1 }]);
    const unpaid = await sell(shop, [{ productId: shop.rice.id, quantity: 1 }]);
    for (const invoice of [paid, part, unpaid]) {
      await cancelInvoice(shop.ownerCtx, { invoiceId: invoice.id, reason: "Mistake", idempotencyKey: key() });
      const document = await invoiceDocument(shop.ownerCtx, invoice.id);
      expect(document.upiLink).toBeNull();
      expect(document.upiQrDataUrl).toBeNull();
      const text = new URL(document.whatsappShareUrl).searchParams.get("text") ?? "";
      expect(text).not.toMatch(/paid|Thank you|Amount due|upi:/i);
      expect(text).toContain(`Bill ${invoice.number} for ${formatInr(invoice.totalPaise)} was cancelled on`);
      expect(text).toContain("Nothing is due on it.");
      expect(document.shareKind).toBe("CANCELLED");
    }
    expect(paid.number).toBe(`INV/${fy}/0001`);
  });

  it("says a bill still standing is due or fully paid", async () => {
    const shop = await invoiceShop();
    const invoice = await sell(shop, [{ productId: shop.rice.id, quantity: 2 }]);
    const due = await invoiceDocument(shop.ownerCtx, invoice.id);
    expect(due.shareKind).toBe("DUE");
    await recordPayment(shop.ownerCtx, {
      customerId: shop.customer.id,
      amountPaise: 10_000,
      mode: "CASH",
      idempotencyKey: key(),
    });
    const settled = await invoiceDocument(shop.ownerCtx, invoice.id);
    expect(settled.shareKind).toBe("PAID");
    expect(settled.upiLink).toBeNull();
    expect(new URL(settled.whatsappShareUrl).searchParams.get("text")).toContain("Fully paid. Thank you!");
  });

  it("is not found for another shop", async () => {
    const shop = await invoiceShop();
    const other = await invoiceShop();
    const invoice = await sell(shop, [{ productId: shop.rice.id, quantity: 1 }]);
    await expect(invoiceDocument(other.ownerCtx, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("invoice PDF", () => {
  it("renders a PDF, also for names Helvetica cannot draw and many lines", async () => {
    const shop = await invoiceShop("REGULAR", "27");
    await db().customer.update({ where: { id: shop.customer.id }, data: { name: "राहुल शर्मा" } });
    const items = Array.from({ length: 60 }, (_, index) => ({
      description: `Item ${index + 1} ₹`,
      quantity: 1,
      ratePaise: 100 + index,
      gstRateBp: 500,
    }));
    const invoice = await sell(shop, items);
    const pdf = await renderInvoicePdf(await invoiceDocument(shop.ownerCtx, invoice.id));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });

  it("is served only to a signed-in member of the invoice's shop", async () => {
    const shop = await invoiceShop();
    const other = await invoiceShop();
    const invoice = await sell(shop, [{ productId: shop.rice.id, quantity: 1 }]);
    const request = { db: db(), invoiceId: invoice.id, requestId: null };
    const download = await invoicePdfForUser({ ...request, sessionUserId: shop.staff.id });
    expect(download.filename).toBe(`${invoice.number.replaceAll("/", "-")}.pdf`);
    expect(download.pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    await expect(invoicePdfForUser({ ...request, sessionUserId: null })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(invoicePdfForUser({ ...request, sessionUserId: other.owner.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    await expect(invoicePdfForUser({ ...request, sessionUserId: shop.staff.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

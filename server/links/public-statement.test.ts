import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { db } from "../db";
import { key } from "../invoices/test-fixtures";
import { postLedgerEntry } from "../ledger/post-entry";
import { inTransaction } from "../transaction";
import { publicBill } from "./public-bill";
import { publicPdf } from "./public-pdf";
import { publicStatement } from "./public-statement";
import { linkShop, pdfLatinText, tokenOf } from "./test-fixtures";

/** Rahul: bill ₹100 (2 kg rice, no GST: an unregistered shop), payment ₹50, ₹30 on credit that was undone. Bina owes ₹999. */
async function shopWithEntries() {
  const shop = await linkShop();
  const caller = shop.ownerCaller;
  await caller.ledger.recordPayment({
    customerId: shop.customer.id,
    amountPaise: 5_000,
    mode: "UPI",
    idempotencyKey: key(),
  });
  const mistake = await caller.ledger.recordCredit({
    customerId: shop.customer.id,
    amountPaise: 3_000,
    idempotencyKey: key(),
  });
  await caller.ledger.reverse({ entryId: mistake.id, reason: "Wrong customer", idempotencyKey: key() });
  await caller.ledger.recordCredit({
    customerId: shop.other.id,
    amountPaise: 99_900,
    note: "for Rahul's cousin",
    idempotencyKey: key(),
  });
  return shop;
}

describe("the public statement", () => {
  it("lists only this customer's entries with a running balance that leaves undone ones out", async () => {
    const shop = await shopWithEntries();
    const { url } = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    const page = await publicStatement(db(), tokenOf(url));
    if (page.state !== "LIVE") throw new Error(page.state);
    const { data } = page;
    expect(data.customerName).toBe("Rahul Sharma");
    expect(data.lines.map((line) => [line.kind, line.amountPaise, line.balancePaise])).toEqual([
      ["GAVE", 10_000, 10_000],
      ["GOT", -5_000, 5_000],
      ["UNDONE", 3_000, 5_000],
      ["REVERSAL", -3_000, 5_000],
    ]);
    expect(data.lines[0]?.invoiceNumber).toBe(shop.invoice.number);
    expect(data).toMatchObject({ openingPaise: 0, closingPaise: 5_000, duePaise: 5_000 });
    expect(data.upiLink).toContain("am=50.00");
    expect(data.upiLink).toContain(`tr=KHATA-${shop.customer.id}`);
    const everything = JSON.stringify(page);
    expect(everything).not.toContain("Bina");
    expect(everything).not.toContain("cousin");
    expect(everything).not.toContain(shop.other.id);
  });

  it("prints the same statement as a PDF with this customer's name and no one else's", async () => {
    const shop = await shopWithEntries();
    const { url } = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    const pdf = await publicPdf(db(), { kind: "STATEMENT", token: tokenOf(url) });
    if (pdf.state !== "LIVE") throw new Error(pdf.state);
    const text = pdfLatinText(pdf.data.pdf);
    expect(text).toContain("Rahul Sharma");
    expect(text).toContain("Amount due today: Rs. 50.00");
    expect(text).toContain("undone (not counted)");
    expect(text).not.toContain("Bina");
    expect(text).not.toContain("cousin");
  });

  it("keeps to the range it was shared for, carrying what came before as the opening balance", async () => {
    const shop = await shopWithEntries();
    const now = new Date();
    await inTransaction(shop.ownerCtx, (tx) =>
      postLedgerEntry(tx, shop.ownerCtx, {
        customerId: shop.customer.id,
        type: "ADJUSTMENT",
        amountPaise: 2_000,
        idempotencyKey: key(),
        occurredAt: addIstDays(now, -60),
      }),
    );
    const from = istDateString(addIstDays(now, -30));
    const to = istDateString(now);
    const { url } = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id, from, to });
    const page = await publicStatement(db(), tokenOf(url));
    if (page.state !== "LIVE") throw new Error(page.state);
    expect(page.data).toMatchObject({ from, to, openingPaise: 2_000, closingPaise: 7_000, duePaise: 7_000 });
    expect(page.data.lines.map((line) => line.kind)).toEqual(["GAVE", "GOT", "UNDONE", "REVERSAL"]);
    const whole = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    expect(whole.url).not.toBe(url);
    await expect(
      shop.staffCaller.links.forStatement({ customerId: shop.customer.id, from: to, to: from }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows a cancelled bill as cancelled, with nothing to pay and no customer phone", async () => {
    const shop = await linkShop();
    const { url } = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    await shop.ownerCaller.invoices.cancel({
      invoiceId: shop.invoice.id,
      reason: "Billed twice",
      idempotencyKey: key(),
    });
    const page = await publicBill(db(), tokenOf(url));
    if (page.state !== "LIVE") throw new Error(page.state);
    expect(page.data).toMatchObject({ status: "CANCELLED", upiLink: null, upiQrDataUrl: null });
    expect(page.data.totals.duePaise).toBe(0);
    const everything = JSON.stringify(page);
    expect(everything).not.toContain("9876543210");
    expect(everything).not.toContain("Bina");
    const share = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    expect(share).toMatchObject({ kind: "CANCELLED", upiLink: null, url });
  });
});

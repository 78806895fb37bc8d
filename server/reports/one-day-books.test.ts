import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { createCustomer } from "../customers/mutations";
import { cancelInvoice } from "../invoices/cancel-invoice";
import { issueInvoice as issueParsed } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { invoiceShop, key } from "../invoices/test-fixtures";
import { correctEntry } from "../ledger/correct-entry";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { reverseEntry } from "../ledger/reverse-entry";
import { receivablesAging } from "./aging";
import { dashboardSummary } from "./dashboard";
import { daybook } from "./daybook";
import { exportReportCsv } from "./export";
import { gstSummary } from "./gst-summary";
import { daysAgo, postDatedEntry } from "./test-ledger";

const sell = (ctx: DomainContext, customerId: string, riceId: string, kilos: number) =>
  issueParsed(
    ctx,
    issueInvoiceInput.parse({
      customerId,
      items: [{ productId: riceId, quantity: String(kilos) }],
      idempotencyKey: key(),
    }),
  );

const rowsOf = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

/**
 * One day in a GST-registered shop (rice ₹50/kg + 5% GST: 2 kg = ₹100 + ₹2.50 CGST + ₹2.50 SGST
 * = ₹105; 4 kg = ₹210), plus one old udhaar so aging has something older than today.
 */
async function oneDay() {
  const shop = await invoiceShop("REGULAR", "27");
  const ctx = shop.ownerCtx;
  const rahul = shop.customer;
  const priya = await createCustomer(ctx, { name: "Priya" });
  const chetan = await createCustomer(ctx, { name: "Chetan" });
  const meena = await createCustomer(ctx, { name: "Meena" });
  // 40 days ago: Meena took ₹800 udhaar (not today, so not in today's daybook).
  await postDatedEntry(ctx, { customerId: meena.id, amountPaise: 80_000, occurredAt: daysAgo(40) });

  await recordCredit(ctx, { customerId: rahul.id, amountPaise: 100_000, idempotencyKey: key() });
  await recordPayment(ctx, {
    customerId: rahul.id,
    amountPaise: 40_000,
    mode: "CASH",
    idempotencyKey: key(),
  });
  await recordPayment(ctx, { customerId: rahul.id, amountPaise: 25_000, mode: "UPI", idempotencyKey: key() });
  // Undo: ₹300 cash typed against Rahul by mistake.
  const mistake = await recordPayment(ctx, {
    customerId: rahul.id,
    amountPaise: 30_000,
    mode: "CASH",
    idempotencyKey: key(),
  });
  await reverseEntry(ctx, { entryId: mistake.id, reason: "wrong customer", idempotencyKey: key() });
  // Correction: Priya's ₹500 udhaar was really ₹50.
  const typo = await recordCredit(ctx, { customerId: priya.id, amountPaise: 50_000, idempotencyKey: key() });
  await correctEntry(ctx, { entryId: typo.id, amountPaise: 5_000, reason: "typo", idempotencyKey: key() });
  // Issued bill (₹105) and a cancelled bill (₹210) for Rahul.
  await sell(ctx, rahul.id, shop.rice.id, 2);
  const cancelled = await sell(ctx, rahul.id, shop.rice.id, 4);
  await cancelInvoice(ctx, { invoiceId: cancelled.id, reason: "duplicate", idempotencyKey: key() });
  // Advance: Chetan pays ₹700 by UPI owing nothing; his ₹105 bill is then settled from it.
  await recordPayment(ctx, {
    customerId: chetan.id,
    amountPaise: 70_000,
    mode: "UPI",
    idempotencyKey: key(),
  });
  await sell(ctx, chetan.id, shop.rice.id, 2);
  return { ctx, rahul, priya, chetan, meena, cancelled };
}

// Hand-computed, in paise:
// You gave today  = Rahul udhaar 1,000 + Priya corrected udhaar 50 + Rahul bill 105 + Chetan bill 105
//                 = ₹1,260. (Undone ₹300 payment, Priya's ₹500 typo, the cancelled ₹210 bill and the
//                 reversals of all three count nowhere: each pair nets to zero.)
// You got today   = cash 400 + UPI 250 + UPI 700 (Chetan's advance) = ₹1,350; cash ₹400, UPI ₹950.
// Balances now    = Rahul 1,000 − 400 − 250 + 105 = ₹455; Priya ₹50; Meena ₹800; Chetan −700 + 105 = −₹595.
// Check: Meena's old ₹800 + today's (1,260 − 1,350) = ₹710 = 455 + 50 + 800 − 595.
const GAVE = 126_000;
const GOT = 135_000;
const GOT_CASH = 40_000;
const GOT_UPI = 95_000;
const RECEIVABLE = 45_500 + 5_000 + 80_000; // ₹1,305 from 3 customers
const ADVANCES = 59_500;

describe("one day of books: every report and card tells the same story", () => {
  it("counts money only once, shows undos and cancellations as what they are, and agrees everywhere", async () => {
    const { ctx, rahul, priya, chetan, meena, cancelled } = await oneDay();
    expect(RECEIVABLE - ADVANCES).toBe(80_000 + GAVE - GOT);
    const today = istDateString(new Date());

    const book = await daybook(ctx, { from: today, to: today, cursor: 0, limit: 50 });
    expect(book.totals).toEqual({
      gavePaise: GAVE,
      gotPaise: GOT,
      adjustedPaise: 0,
      gotByMode: { CASH: GOT_CASH, UPI: GOT_UPI, CARD: 0, BANK: 0, OTHER: 0 },
    });
    // 13 entries: Rahul 8 (udhaar, 3 payments, 1 undo, 2 bills, 1 cancellation), Priya 3, Chetan 2.
    expect(book.days).toEqual([
      { date: today, gavePaise: GAVE, gotPaise: GOT, adjustedPaise: 0, entryCount: 13 },
    ]);
    const lines = [...book.items]
      .reverse()
      .map((entry) => [entry.customer.name, entry.kind, entry.amountPaise, entry.invoice?.number ?? null]);
    expect(lines).toEqual([
      ["Rahul Sharma", "GAVE", 100_000, null],
      ["Rahul Sharma", "GOT", -40_000, null],
      ["Rahul Sharma", "GOT", -25_000, null],
      ["Rahul Sharma", "UNDONE", -30_000, null],
      ["Rahul Sharma", "REVERSAL", 30_000, null],
      ["Priya", "UNDONE", 50_000, null],
      ["Priya", "REVERSAL", -50_000, null],
      ["Priya", "GAVE", 5_000, null],
      ["Rahul Sharma", "GAVE", 10_500, expect.stringMatching(/\/0001$/)],
      ["Rahul Sharma", "UNDONE", 21_000, cancelled.number],
      ["Rahul Sharma", "REVERSAL", -21_000, cancelled.number],
      ["Chetan", "GOT", -70_000, null],
      ["Chetan", "GAVE", 10_500, expect.stringMatching(/\/0003$/)],
    ]);
    // A reversal says what it reverses: "Bill INV/… cancelled" or "Entry undone (payment ₹300)".
    const cancellation = book.items.find((entry) => entry.kind === "REVERSAL" && entry.invoice);
    expect(cancellation?.reverses).toMatchObject({ type: "INVOICE", amountPaise: 21_000 });
    const undo = book.items.find((entry) => entry.kind === "REVERSAL" && entry.amountPaise === 30_000);
    expect(undo?.reverses).toMatchObject({ type: "PAYMENT", amountPaise: -30_000 });
    expect(book.items.find((entry) => entry.kind === "UNDONE")?.undoneAt).toBeInstanceOf(Date);

    const home = await dashboardSummary(ctx);
    expect(home).toMatchObject({
      receivablePaise: RECEIVABLE,
      debtorCount: 3,
      advancesPaise: ADVANCES,
      collectedTodayPaise: GOT,
      collectedThisWeekPaise: GOT,
    });
    expect(home.collectionsPerDay.at(-1)).toEqual({ date: today, collectedPaise: GOT });
    // Recent activity labels the same lines the same way (newest first).
    expect(home.recentActivity.slice(0, 4).map((entry) => [entry.customer.name, entry.kind])).toEqual([
      ["Chetan", "GAVE"],
      ["Chetan", "GOT"],
      ["Rahul Sharma", "REVERSAL"],
      ["Rahul Sharma", "UNDONE"],
    ]);

    // Aging: Meena's ₹800 is 40 days old; Rahul ₹455 and Priya ₹50 are today's.
    const aging = await receivablesAging(ctx, { cursor: 0, limit: 25 });
    expect(aging.totals).toEqual({
      customers: 3,
      balancePaise: RECEIVABLE,
      days0to30: 45_500 + 5_000,
      days31to60: 80_000,
      days61to90: 0,
      over90: 0,
    });
    expect(aging.items.map((row) => [row.customerId, row.balancePaise, row.days0to30])).toEqual([
      [meena.id, 80_000, 0],
      [rahul.id, 45_500, 45_500],
      [priya.id, 5_000, 5_000],
    ]);
    expect(aging.items.some((row) => row.customerId === chetan.id)).toBe(false);

    // GST: the two standing ₹105 bills only; together they are the bills in "you gave".
    const gst = await gstSummary(ctx, { from: today, to: today });
    expect(gst.byRate).toEqual([
      { gstRateBp: 500, invoiceCount: 2, taxablePaise: 20_000, cgstPaise: 500, sgstPaise: 500, igstPaise: 0 },
    ]);
    expect(gst.b2c).toEqual({ invoiceCount: 2, taxablePaise: 20_000, taxPaise: 1_000, totalPaise: 21_000 });
    expect(gst.b2b.invoiceCount).toBe(0);
    const billsInDaybook = book.items
      .filter((entry) => entry.kind === "GAVE" && entry.type === "INVOICE")
      .reduce((sum, entry) => sum + entry.amountPaise, 0);
    expect(billsInDaybook).toBe(gst.b2c.totalPaise + gst.b2b.totalPaise);

    // CSV exports: the same figures; summing a column in a spreadsheet gives the daybook total.
    const daybookCsv = rowsOf((await exportReportCsv(ctx, "daybook", { from: today, to: today })).csv);
    expect(daybookCsv[0]).toEqual([
      "date",
      "time",
      "customer",
      "type",
      "you_gave",
      "you_got",
      "adjustment",
      "not_counted",
      "mode",
      "invoice",
      "note",
      "correction",
    ]);
    const body = daybookCsv.slice(1);
    expect(body.every((row) => row[0] === today)).toBe(true);
    const withoutDateTime = body.map((row) => [row[2], row[3], row[4], row[5], row[7], row[8], row[11]]);
    expect(withoutDateTime).toEqual([
      ["Rahul Sharma", "CREDIT", "1000.00", "", "", "", ""],
      ["Rahul Sharma", "PAYMENT", "", "400.00", "", "CASH", ""],
      ["Rahul Sharma", "PAYMENT", "", "250.00", "", "UPI", ""],
      ["Rahul Sharma", "PAYMENT", "", "", "300.00", "CASH", "undone"],
      ["Rahul Sharma", "REVERSAL", "", "", "300.00", "", "undoes PAYMENT 300.00"],
      ["Priya", "CREDIT", "", "", "500.00", "", "undone"],
      ["Priya", "REVERSAL", "", "", "500.00", "", "undoes CREDIT 500.00"],
      ["Priya", "CREDIT", "50.00", "", "", "", ""],
      ["Rahul Sharma", "INVOICE", "105.00", "", "", "", ""],
      ["Rahul Sharma", "INVOICE", "", "", "210.00", "", "cancelled"],
      ["Rahul Sharma", "REVERSAL", "", "", "210.00", "", `cancels bill ${cancelled.number}`],
      ["Chetan", "PAYMENT", "", "700.00", "", "UPI", ""],
      ["Chetan", "INVOICE", "105.00", "", "", "", ""],
    ]);
    const columnSum = (index: number) =>
      body.reduce((sum, row) => sum + Math.round(Number(row[index] || 0) * 100), 0);
    expect([columnSum(4), columnSum(5)]).toEqual([GAVE, GOT]);

    const agingCsv = rowsOf((await exportReportCsv(ctx, "aging", {})).csv);
    expect(agingCsv.slice(1)).toEqual([
      ["Meena", "", "800.00", "0.00", "800.00", "0.00", "0.00"],
      ["Rahul Sharma", "9876543210", "455.00", "455.00", "0.00", "0.00", "0.00"],
      ["Priya", "", "50.00", "50.00", "0.00", "0.00", "0.00"],
    ]);

    const gstCsv = rowsOf((await exportReportCsv(ctx, "gst", { from: today, to: today })).csv);
    expect(gstCsv.slice(1)).toEqual([
      ["GST 5%", "2", "200.00", "5.00", "5.00", "0.00", ""],
      ["B2B (registered buyers)", "0", "0.00", "", "", "", "0.00"],
      ["B2C (consumers)", "2", "200.00", "", "", "", "210.00"],
    ]);
  });
});

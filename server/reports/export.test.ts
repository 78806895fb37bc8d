import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";
import { reportCsvForUser } from "./export";
import { daysAgo, postDatedEntry } from "./test-ledger";

const rowsOf = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

async function exportFor(userId: string | null, report: string, query: Record<string, string> = {}) {
  return reportCsvForUser({ db: db(), sessionUserId: userId, report, query, requestId: "test-export" });
}

describe("CSV exports", () => {
  it("exports the daybook in IST with rupee amounts and formula-proof names, and audits it", async () => {
    const shop = await createTestBusiness();
    const customer = await createCustomer(shop.ownerCtx, { name: '=HYPERLINK("http://x","Ramesh")' });
    await postDatedEntry(shop.ownerCtx, {
      customerId: customer.id,
      amountPaise: 123_450,
      occurredAt: new Date("2026-04-01T18:40:00Z"),
    });
    await postDatedEntry(shop.ownerCtx, {
      customerId: customer.id,
      amountPaise: -5,
      occurredAt: new Date("2026-04-02T04:00:00Z"),
    });
    const { filename, csv } = await exportFor(shop.staff.id, "daybook", {
      from: "2026-04-02",
      to: "2026-04-02",
    });
    expect(filename).toBe("execora-daybook-2026-04-02_to_2026-04-02.csv");
    expect(rowsOf(csv)).toEqual([
      [
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
      ],
      [
        "2026-04-02",
        "00:10",
        `'=HYPERLINK("http://x","Ramesh")`,
        "CREDIT",
        "1234.50",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "2026-04-02",
        "09:30",
        `'=HYPERLINK("http://x","Ramesh")`,
        "PAYMENT",
        "",
        "0.05",
        "",
        "",
        "CASH",
        "",
        "",
        "",
      ],
    ]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: shop.businessId, action: "report.export" },
    });
    expect(audit).toMatchObject({ actorId: shop.staff.id, entityId: "daybook", requestId: "test-export" });
  });

  it("exports the aging report with one row per debtor", async () => {
    const shop = await createTestBusiness();
    const customer = await createCustomer(shop.ownerCtx, { name: "Sita", phone: "+919812345678" });
    await postDatedEntry(shop.ownerCtx, {
      customerId: customer.id,
      amountPaise: 70_000,
      occurredAt: daysAgo(40),
    });
    const { csv } = await exportFor(shop.owner.id, "aging");
    expect(rowsOf(csv)).toEqual([
      ["customer", "phone", "balance", "0-30 days", "31-60 days", "61-90 days", "over 90 days"],
      ["Sita", "9812345678", "700.00", "0.00", "700.00", "0.00", "0.00"],
    ]);
  });

  it("exports the GST summary for the owner only", async () => {
    const shop = await createTestBusiness();
    const { csv } = await exportFor(shop.owner.id, "gst", { from: "2026-04-01", to: "2026-04-30" });
    expect(rowsOf(csv)[0]).toEqual(["group", "invoices", "taxable", "cgst", "sgst", "igst", "invoice_total"]);
    expect(rowsOf(csv).map((row) => row[0])).toContain("B2C (consumers)");
    await expect(
      exportFor(shop.staff.id, "gst", { from: "2026-04-01", to: "2026-04-30" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses no session, unknown reports and bad dates", async () => {
    const shop = await createTestBusiness();
    await expect(exportFor(null, "daybook")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(exportFor(shop.owner.id, "passwords")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportFor(shop.owner.id, "daybook")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      exportFor(shop.owner.id, "daybook", { from: "2026-04-30", to: "2026-04-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { to: expect.any(String) } });
    await expect(exportFor(shop.owner.id, "aging", { asOf: "yesterday" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses a removed staff member's session", async () => {
    const shop = await createTestBusiness();
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    await expect(exportFor(shop.staff.id, "customers")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { db } from "../db";
import { receivablesAging } from "../reports/aging";
import { createTestBusiness } from "../test/factories";
import { importCustomersCsv } from "./import-export";

/** "2024-05-17" → "17/05/2024", the way an Indian spreadsheet writes a date. */
const indian = (isoDate: string) => isoDate.split("-").reverse().join("/");

const openingEntryOf = async (businessId: string, name: string) => {
  const customer = await db().customer.findFirstOrThrow({ where: { businessId, name } });
  return db().ledgerEntry.findFirstOrThrow({ where: { customerId: customer.id } });
};

describe("opening balances dated 'as of' the merchant's books", () => {
  it("puts a two-year-old udhaar in the 90+ days bucket, not 0-30", async () => {
    const shop = await createTestBusiness();
    const twoYearsAgo = istDateString(addIstDays(new Date(), -730));
    const csv = [
      "name,opening_balance,opening_balance_date",
      `Purana Grahak,"2,500",${indian(twoYearsAgo)}`,
    ].join("\n");
    const result = await importCustomersCsv(shop.ownerCtx, csv);
    expect(result).toMatchObject({ created: 1, errors: [] });

    const entry = await openingEntryOf(shop.businessId, "Purana Grahak");
    expect(istDateString(entry.occurredAt)).toBe(twoYearsAgo);
    const aging = await receivablesAging(shop.ownerCtx, { cursor: 0, limit: 25 });
    expect(aging.totals).toMatchObject({ balancePaise: 250_000, days0to30: 0, over90: 250_000 });
  });

  it("takes YYYY-MM-DD or DD/MM/YYYY per row, and the file's date for rows without one", async () => {
    const shop = await createTestBusiness();
    const csv = [
      "name,opening_balance,opening_balance_date",
      "Iso Date,100,2025-01-31",
      "Indian Date,100,5/3/2025",
      "File Date,100,",
    ].join("\n");
    const result = await importCustomersCsv(shop.ownerCtx, csv, { openingBalanceDate: "2024-04-01" });
    expect(result).toMatchObject({ created: 3, errors: [] });
    const dayOf = async (name: string) =>
      istDateString((await openingEntryOf(shop.businessId, name)).occurredAt);
    expect(await dayOf("Iso Date")).toBe("2025-01-31");
    expect(await dayOf("Indian Date")).toBe("2025-03-05");
    expect(await dayOf("File Date")).toBe("2024-04-01");
  });

  it("dates a balance today when neither the row nor the file gives a date", async () => {
    const shop = await createTestBusiness();
    await importCustomersCsv(shop.ownerCtx, "name,opening_balance\nAaj Wala,100");
    const entry = await openingEntryOf(shop.businessId, "Aaj Wala");
    expect(istDateString(entry.occurredAt)).toBe(istDateString(new Date()));
  });

  it("reports impossible, future and unreadable dates per row and imports the rest", async () => {
    const shop = await createTestBusiness();
    const tomorrow = istDateString(addIstDays(new Date(), 1));
    const csv = [
      "name,opening_balance,opening_balance_date",
      "Feb Thirty,100,30/02/2024",
      "Future,100," + tomorrow,
      "Words,100,last diwali",
      "Month Thirteen,100,2024-13-01",
      "Fine,100,01/04/2024",
    ].join("\n");
    const result = await importCustomersCsv(shop.ownerCtx, csv);
    expect(result.created).toBe(1);
    expect(result.errors).toEqual([
      { row: 2, field: "opening_balance_date", message: "Not a real date" },
      { row: 3, field: "opening_balance_date", message: "The date is in the future" },
      { row: 4, field: "opening_balance_date", message: "Use a date like 31/03/2024 or 2024-03-31" },
      { row: 5, field: "opening_balance_date", message: "Not a real date" },
    ]);
  });

  it("refuses a file date in the future before writing anything", async () => {
    const shop = await createTestBusiness();
    const tomorrow = istDateString(addIstDays(new Date(), 1));
    await expect(
      shop.ownerCaller.customers.importCsv({
        csv: "name,opening_balance\nA,100",
        openingBalanceDate: tomorrow,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().customer.count({ where: { businessId: shop.businessId } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";
import { importCustomersCsv, previewCustomersCsv } from "./import-export";
import { createCustomer } from "./mutations";

const FILE = [
  "name,phone,opening_balance",
  "Rohit Verma,9876543210,100", // row 2: Priya already has this number
  "Asha,9811111111,200", // row 3: nobody has it yet
  "Asha's Son,98111 11111,300", // row 4: same number as row 3
  "Plain,9822222222,400", // row 5
].join("\n");

const namesIn = async (businessId: string) =>
  (await db().customer.findMany({ where: { businessId }, orderBy: { name: "asc" } })).map((row) => row.name);

describe("CSV import: a mobile number someone already has", () => {
  it("previews a warning per row naming the shop's customer or the earlier row, and writes nothing", async () => {
    const shop = await createTestBusiness();
    const priya = await createCustomer(shop.ownerCtx, { name: "Priya Verma", phone: "+919876543210" });
    const preview = await previewCustomersCsv(shop.ownerCtx, FILE);
    expect(preview).toEqual({
      totalRows: 4,
      ready: 2,
      errors: [],
      warnings: [
        {
          row: 2,
          name: "Rohit Verma",
          phone: "+919876543210",
          existing: { id: priya.id, name: "Priya Verma" },
          sameAsRow: null,
        },
        {
          row: 4,
          name: "Asha's Son",
          phone: "+919811111111",
          existing: null,
          sameAsRow: { row: 3, name: "Asha" },
        },
      ],
    });
    expect(await namesIn(shop.businessId)).toEqual(["Priya Verma"]);
  });

  it("imports the rows the merchant accepted, skips and reports the others, and loses nothing else", async () => {
    const shop = await createTestBusiness();
    await createCustomer(shop.ownerCtx, { name: "Priya Verma", phone: "+919876543210" });
    const result = await importCustomersCsv(shop.ownerCtx, FILE, { acceptSharedPhone: [4] });
    expect(result).toMatchObject({ totalRows: 4, created: 3, errors: [] });
    expect(result.skipped).toEqual([expect.objectContaining({ row: 2, name: "Rohit Verma" })]);
    expect(await namesIn(shop.businessId)).toEqual(["Asha", "Asha's Son", "Plain", "Priya Verma"]);
    const son = await db().customer.findFirstOrThrow({
      where: { businessId: shop.businessId, name: "Asha's Son" },
    });
    expect(son).toMatchObject({ phone: "+919811111111", balancePaise: 30_000n });
  });

  it("accepts every warned row at once", async () => {
    const shop = await createTestBusiness();
    await createCustomer(shop.ownerCtx, { name: "Priya Verma", phone: "+919876543210" });
    const result = await shop.staffCaller.customers.importCsv({ csv: FILE, acceptSharedPhone: "all" });
    expect(result).toMatchObject({ created: 4, skipped: [] });
    const sharing = await db().customer.count({
      where: { businessId: shop.businessId, phone: "+919876543210" },
    });
    expect(sharing).toBe(2);
  });

  it("never names another shop's customer", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    await createCustomer(theirs.ownerCtx, { name: "Secret Customer", phone: "+919876543210" });
    const preview = await mine.ownerCaller.customers.previewCsv({ csv: FILE });
    expect(preview.warnings.map((warning) => warning.row)).toEqual([4]);
    expect(JSON.stringify(preview)).not.toContain("Secret");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db";
import { recordCredit } from "../ledger/mutations";
import { anonymousCaller, createTestBusiness } from "../test/factories";
import { exportCustomersCsv, importCustomersCsv } from "./import-export";
import { createCustomer } from "./mutations";

const customersOf = (businessId: string) =>
  db().customer.findMany({ where: { businessId }, orderBy: { name: "asc" } });

describe("importCustomersCsv", () => {
  it("creates valid rows, reports each bad row with its field, and posts opening balances", async () => {
    const shop = await createTestBusiness();
    await createCustomer(shop.ownerCtx, { name: "Existing", phone: "+919800000001" });
    const csv = [
      "Name,Phone,EMAIL,GSTIN,State Code,credit_limit,opening_balance,notes",
      'राम शर्मा,98765 43210,ram@example.test,,27,"5,000",1200.50,पुराना ग्राहक',
      "Advance Wala,,,,,,-300,",
      ",9876500000,,,,,,",
      "Bad Phone,12345,,,,,,",
      "Bad Money,,,,,,12.345,",
      "Taken,9800000001,,,,,,",
      "Twin,+91 98765 43210,,,,,,",
      "Bad Email,,not-an-email,,99,,,",
    ].join("\n");
    const result = await importCustomersCsv(shop.ownerCtx, csv);
    expect(result.created).toBe(2);
    expect(result.totalRows).toBe(8);
    expect(result.errors).toEqual([
      { row: 4, field: "name", message: expect.any(String) },
      { row: 5, field: "phone", message: expect.stringContaining("10-digit") },
      { row: 6, field: "opening_balance", message: expect.stringContaining("2 decimal") },
      { row: 9, field: "email", message: expect.any(String) },
      { row: 9, field: "state_code", message: expect.any(String) },
    ]);
    // Shared mobile numbers were not accepted, so those rows are skipped and reported, not lost.
    expect(result.skipped.map((row) => row.row)).toEqual([7, 8]);
    const ram = await db().customer.findFirstOrThrow({
      where: { businessId: shop.businessId, name: "राम शर्मा" },
    });
    expect(ram).toMatchObject({
      phone: "+919876543210",
      email: "ram@example.test",
      stateCode: "27",
      creditLimitPaise: 500_000,
      notes: "पुराना ग्राहक",
      balancePaise: 120_050n,
    });
    const opening = await db().ledgerEntry.findFirstOrThrow({ where: { customerId: ram.id } });
    expect(opening).toMatchObject({
      type: "ADJUSTMENT",
      amountPaise: 120_050,
      idempotencyKey: `import:${ram.id}`,
    });
    const advance = await db().customer.findFirstOrThrow({
      where: { businessId: shop.businessId, name: "Advance Wala" },
    });
    expect(advance).toMatchObject({ balancePaise: -30_000n, unappliedPaise: 30_000n });
    const audits = await db().auditLog.count({
      where: { businessId: shop.businessId, action: "customer.import" },
    });
    expect(audits).toBe(2);
  });

  it("refuses a file with a wrong header row and writes nothing", async () => {
    const shop = await createTestBusiness();
    for (const csv of [
      "naam,phone\nRam,9876543210",
      "name,phone,shoe_size\nRam,9876543210,9",
      "phone\n9876543210",
    ]) {
      await expect(importCustomersCsv(shop.ownerCtx, csv)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("name, phone, email"),
      });
    }
    expect(await customersOf(shop.businessId)).toEqual([]);
  });

  it("refuses files over 5,000 rows or 1 MB", async () => {
    const shop = await createTestBusiness();
    const many = ["name", ...Array.from({ length: 5_001 }, (_, i) => `C${i}`)].join("\n");
    await expect(importCustomersCsv(shop.ownerCtx, many)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const big = `name,notes\nA,${"x".repeat(1_000_001)}`;
    await expect(importCustomersCsv(shop.ownerCtx, big)).rejects.toMatchObject({
      message: expect.stringContaining("1 MB"),
    });
    expect(await customersOf(shop.businessId)).toEqual([]);
  });

  it("round-trips: an export imports into another shop as the same list and balances", async () => {
    const source = await createTestBusiness();
    const first = await createCustomer(source.ownerCtx, {
      name: "=SUM(A1:A9)",
      phone: "+919811111111",
      email: "a@example.test",
      gstin: "27AAPFU0939F1ZV",
      stateCode: "27",
      creditLimitPaise: 100_000,
      notes: 'Says "kal dunga", pays late',
    });
    await recordCredit(source.ownerCtx, {
      customerId: first.id,
      amountPaise: 45_678,
      idempotencyKey: `k-${first.id}`,
    });
    await createCustomer(source.ownerCtx, { name: "सुनीता देवी" });
    const exported = await exportCustomersCsv(source.ownerCtx);
    expect(exported).toContain("'=SUM(A1:A9)");

    const target = await createTestBusiness();
    const result = await importCustomersCsv(target.ownerCtx, exported);
    expect(result).toEqual({ totalRows: 2, created: 2, errors: [], skipped: [] });
    expect(await exportCustomersCsv(target.ownerCtx)).toBe(exported);
    const imported = await db().customer.findFirstOrThrow({
      where: { businessId: target.businessId, phone: "+919811111111" },
    });
    expect(imported).toMatchObject({ name: "=SUM(A1:A9)", balancePaise: 45_678n, gstin: "27AAPFU0939F1ZV" });
  });

  it("is available to staff through the router and rejects callers without a session", async () => {
    const shop = await createTestBusiness();
    await expect(anonymousCaller().customers.importCsv({ csv: "name\nA" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const result = await shop.staffCaller.customers.importCsv({ csv: "name,phone\nAsha,9876512345" });
    expect(result.created).toBe(1);
    await expect(shop.staffCaller.customers.importCsv({ csv: "who\nA" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

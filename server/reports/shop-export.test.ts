import { unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { createTestBusiness } from "../test/factories";
import { shopZipForUser } from "./shop-export";

const state = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));

const exportFor = (userId: string | null) =>
  shopZipForUser({ db: db(), sessionUserId: userId, requestId: "test-shop-export" });
const rowsOf = (bytes: Uint8Array | undefined) =>
  Papa.parse<string[]>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the owner's full shop export (GET /api/export/shop)", () => {
  it("holds every customer, entry, invoice and product of this shop only, as CSVs in a zip, and is audited", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const asha = await createCustomer(shop.ownerCtx, { name: "Asha Devi", phone: "9876500011" });
    await createCustomer(other.ownerCtx, { name: "Other Shop Customer" });
    await recordCredit(shop.ownerCtx, { customerId: asha.id, amountPaise: 120_000, idempotencyKey: "zip-1" });
    await recordPayment(shop.ownerCtx, {
      customerId: asha.id,
      amountPaise: 20_000,
      mode: "UPI",
      idempotencyKey: "zip-2",
    });

    const { filename, zip } = await exportFor(shop.owner.id);
    expect(filename).toMatch(/^execora-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      "customers.csv",
      "entries.csv",
      "invoices.csv",
      "products.csv",
    ]);
    const customers = rowsOf(files["customers.csv"]);
    expect(customers.map((row) => row[0])).toEqual(["name", "Asha Devi"]);
    const entries = rowsOf(files["entries.csv"]);
    expect(entries[0]?.slice(0, 8)).toEqual([
      "id",
      "date",
      "time",
      "customer",
      "phone",
      "type",
      "amount",
      "balance_after",
    ]);
    expect(entries.slice(1).map((row) => [row[3], row[4], row[5], row[6], row[7]])).toEqual([
      ["Asha Devi", "9876500011", "CREDIT", "1200.00", "1200.00"],
      ["Asha Devi", "9876500011", "PAYMENT", "-200.00", "1000.00"],
    ]);
    expect(rowsOf(files["invoices.csv"])).toHaveLength(1);
    expect(new TextDecoder().decode(files["customers.csv"])).not.toContain("Other Shop");
    const audit = await db().auditLog.findFirst({
      where: { businessId: shop.businessId, action: "report.export", entityId: "shop" },
    });
    expect(audit).not.toBeNull();
  });

  it("is the owner's only: no session, staff and a removed member are refused", async () => {
    const shop = await createTestBusiness();
    await expect(exportFor(null)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(exportFor(shop.staff.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    await expect(exportFor(shop.staff.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers over HTTP: 401 without a session, 403 for staff, a zip download for the owner", async () => {
    const { GET } = await import("../http/routes/shop-export");
    const shop = await createTestBusiness();
    const get = () => GET(new Request("http://localhost:3000/api/export/shop"));
    state.userId = null;
    expect((await get()).status).toBe(401);
    state.userId = shop.staff.id;
    expect((await get()).status).toBe(403);
    state.userId = shop.owner.id;
    const download = await get();
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/zip");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="execora-/);
    expect(Object.keys(unzipSync(new Uint8Array(await download.arrayBuffer())))).toHaveLength(4);
  });
});

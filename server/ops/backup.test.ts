import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { issueInvoice } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { invoiceShop, key } from "../invoices/test-fixtures";
import { recordPayment } from "../ledger/mutations";
import { backupDatabase, recordBackupRun, restoreDatabase } from "./backup";
import { verifyBooks } from "./verify-books";

const sourceUrl = process.env.DATABASE_URL as string;
const restoredName = `execora_restore_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
const restoredUrl = (() => {
  const url = new URL(sourceUrl);
  url.pathname = `/${restoredName}`;
  return url.toString();
})();
const dir = mkdtempSync(path.join(tmpdir(), "execora-backup-"));

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await withClient(sourceUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`),
  );
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("a backup restored into a fresh database has the same books: balances, invoice numbers, audit log", async () => {
    const shop = await invoiceShop();
    const invoice = await issueInvoice(
      shop.ownerCtx,
      issueInvoiceInput.parse({
        customerId: shop.customer.id,
        items: [{ productId: shop.rice.id, quantity: 2_000 }],
        idempotencyKey: key(),
      }),
    );
    await recordPayment(shop.ownerCtx, {
      customerId: shop.customer.id,
      amountPaise: 4_000,
      mode: "UPI",
      idempotencyKey: key(),
    });

    const file = path.join(dir, "shop.dump");
    const { bytes } = await backupDatabase(sourceUrl, file);
    expect(bytes).toBeGreaterThan(1_000);
    await withClient(sourceUrl, (client) => client.query(`CREATE DATABASE "${restoredName}"`));
    await restoreDatabase(file, restoredUrl);

    const shopFacts = async (client: pg.Client) => ({
      balance: (
        await client.query(`SELECT "balancePaise"::text AS b FROM "Customer" WHERE id = $1`, [
          shop.customer.id,
        ])
      ).rows[0]?.b,
      invoiceNumbers: (
        await client.query(`SELECT number FROM "Invoice" WHERE "businessId" = $1`, [shop.businessId])
      ).rows,
      audit: (
        await client.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "businessId" = $1`, [
          shop.businessId,
        ])
      ).rows[0]?.n,
    });
    const [before, after] = [
      await withClient(sourceUrl, shopFacts),
      await withClient(restoredUrl, shopFacts),
    ];
    expect(after).toEqual(before);
    expect(after.invoiceNumbers).toEqual([{ number: invoice.number }]);
    expect(after.audit).toBeGreaterThan(2);
    const books = await withClient(restoredUrl, verifyBooks);
    expect(books.problems).toEqual([]);
    expect(books.businesses).toBeGreaterThan(0);
  }, 120_000);

  it("db:backup's record of a run is what the deployment check reads as the last backup", async () => {
    const location = path.join(dir, `nightly-${randomUUID()}.dump`);
    await recordBackupRun(sourceUrl, { location, bytes: 52_431 });
    const { rows } = await withClient(sourceUrl, (client) =>
      client.query(`SELECT bytes::int AS bytes, "finishedAt" FROM "BackupRun" WHERE location = $1`, [
        location,
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].bytes).toBe(52_431);
    expect(Date.now() - new Date(rows[0].finishedAt).getTime()).toBeLessThan(60_000);
  });

  it("a restore that fails leaves the target as it was", async () => {
    const broken = path.join(dir, "not-a-backup.dump");
    await import("node:fs").then(({ writeFileSync }) => writeFileSync(broken, "not a dump"));
    await expect(restoreDatabase(broken, restoredUrl)).rejects.toThrow();
    const books = await withClient(restoredUrl, verifyBooks);
    expect(books.businesses).toBeGreaterThan(0);
  }, 60_000);
});

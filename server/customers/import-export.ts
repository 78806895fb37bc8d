import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { CUSTOMER_CSV_HEADERS } from "@/lib/customers/csv-headers";
import { istDateStart } from "@/lib/customers/opening-balance-date";
import type { DomainContext } from "../context";
import { type CsvCell, rupees, toCsv } from "../csv/to-csv";
import type { Tx } from "../db";
import { postOpeningBalances } from "../ledger/post-opening-balances";
import { inTransaction } from "../transaction";
import { learnVoiceNames } from "../voice/engine/name-vocabulary";
import { checkImportRows, type SharedPhoneWarning, type ValidRow } from "./import-rows";
import { customerSearchKeys } from "./search-keys";

const WRITE_BATCH = 500;
// All rows commit together; 5,000 of them on a busy machine take longer than an ordinary write.
const IMPORT_TRANSACTION_TIMEOUT_MS = 60_000;
type RowToWrite = ValidRow & { sharedPhoneAccepted: boolean };
const EXPORT_PAGE = 2_000;

export type ImportOptions = {
  /** "As of" date for opening balances of rows that give none (YYYY-MM-DD or DD/MM/YYYY). */
  openingBalanceDate?: string | null;
  /** Rows (or "all") whose shared mobile number the merchant accepted after the preview. */
  acceptSharedPhone?: "all" | number[];
  now?: Date;
};

/** What an import would do, written nowhere: row problems, and rows that share a mobile number. */
export async function previewCustomersCsv(ctx: DomainContext, csvText: string, options: ImportOptions = {}) {
  const { totalRows, valid, errors, warnings } = await checkImportRows(ctx, csvText, options);
  return { totalRows, ready: valid.length - warnings.length, errors, warnings };
}

/**
 * Customers and their opening ADJUSTMENT entries (posted by the ledger's bulk poster, dated as of
 * the row's or the file's date), with one audit row each. Nobody else can see these customers
 * before the commit, and the entries still go through the ledger's invariants.
 */
async function writeBatch(tx: Tx, ctx: DomainContext, rows: RowToWrite[], now: Date) {
  const customers = rows.map((row) => ({
    id: randomUUID(),
    businessId: ctx.businessId,
    name: row.fields.name,
    ...customerSearchKeys(row.fields.name),
    phone: row.fields.phone ?? null,
    email: row.fields.email ?? null,
    gstin: row.fields.gstin ?? null,
    stateCode: row.fields.stateCode ?? null,
    creditLimitPaise: row.fields.creditLimitPaise ?? null,
    notes: row.fields.notes ?? null,
  }));
  await tx.customer.createMany({ data: customers });
  const entryIds = await postOpeningBalances(
    tx,
    ctx,
    customers.map((customer, index) => {
      const row = rows[index] as RowToWrite;
      return {
        customerId: customer.id,
        amountPaise: row.openingBalancePaise,
        occurredAt: row.openingBalanceDate ? istDateStart(row.openingBalanceDate) : now,
        idempotencyKey: `import:${customer.id}`,
        note: "Opening balance (import)",
      };
    }),
  );
  const audits: Prisma.AuditLogCreateManyInput[] = customers.map((customer, index) => {
    const row = rows[index] as RowToWrite;
    return {
      businessId: ctx.businessId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.userId,
      action: "customer.import",
      entityType: "Customer",
      entityId: customer.id,
      // Which fields were filled, never their personal values (erasure must stay complete).
      after: {
        row: row.row,
        stateCode: customer.stateCode,
        creditLimitPaise: customer.creditLimitPaise,
        openingBalancePaise: row.openingBalancePaise,
        openingBalanceDate: row.openingBalancePaise === 0 ? null : row.openingBalanceDate,
        openingEntryId: entryIds.get(customer.id) ?? null,
        hasPhone: customer.phone !== null,
        hasEmail: customer.email !== null,
        sharedPhoneAccepted: row.sharedPhoneAccepted,
      },
      requestId: ctx.requestId,
      source: ctx.source,
    };
  });
  await tx.auditLog.createMany({ data: audits });
}

/**
 * Customers from a spreadsheet. Every row is checked first; rows with problems come back as
 * [{ row, field, message }], rows sharing a mobile number are imported only if the merchant
 * accepted them (the others come back in `skipped`), and the rest are created together: a failure
 * part-way writes nothing. A file whose header row is wrong is refused before anything is written.
 */
export async function importCustomersCsv(ctx: DomainContext, csvText: string, options: ImportOptions = {}) {
  const now = options.now ?? new Date();
  const { totalRows, valid, errors, warnings } = await checkImportRows(ctx, csvText, { ...options, now });
  const accepted = (warning: SharedPhoneWarning) =>
    options.acceptSharedPhone === "all" || (options.acceptSharedPhone ?? []).includes(warning.row);
  const warningByRow = new Map(warnings.map((warning) => [warning.row, warning]));
  const skipped = warnings.filter((warning) => !accepted(warning));
  const skippedRows = new Set(skipped.map((warning) => warning.row));
  const toWrite = valid
    .filter((row) => !skippedRows.has(row.row))
    .map((row) => ({ ...row, sharedPhoneAccepted: warningByRow.has(row.row) }));
  await inTransaction(
    ctx,
    async (tx) => {
      for (let start = 0; start < toWrite.length; start += WRITE_BATCH) {
        await writeBatch(tx, ctx, toWrite.slice(start, start + WRITE_BATCH), now);
      }
    },
    { timeoutMs: IMPORT_TRANSACTION_TIMEOUT_MS },
  );
  await learnVoiceNames(
    ctx.businessId,
    toWrite.map((row) => row.fields.name),
  );
  return { totalRows, created: toWrite.length, errors, skipped };
}

/** The customer list in the import format, so an export imports back unchanged. */
export async function exportCustomersCsv(ctx: DomainContext) {
  const rows: CsvCell[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await ctx.db.customer.findMany({
      where: { businessId: ctx.businessId, erasedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: EXPORT_PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        name: true,
        phone: true,
        email: true,
        gstin: true,
        stateCode: true,
        creditLimitPaise: true,
        balancePaise: true,
        notes: true,
      },
    });
    for (const customer of page) {
      rows.push([
        customer.name,
        customer.phone?.replace(/^\+91/, ""),
        customer.email,
        customer.gstin,
        customer.stateCode,
        customer.creditLimitPaise === null ? null : rupees(customer.creditLimitPaise),
        rupees(Number(customer.balancePaise)),
        // Today's balance: no "as of" date, so importing the export dates it on the import day.
        null,
        customer.notes,
      ]);
    }
    cursor = page.at(-1)?.id;
    if (page.length < EXPORT_PAGE) break;
  }
  return toCsv(CUSTOMER_CSV_HEADERS, rows);
}

import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import type { Prisma } from "@/generated/prisma/client";
import { CUSTOMER_CSV_HEADERS } from "@/lib/customers/csv-headers";
import { MAX_ENTRY_PAISE, parseAmountToPaise } from "@/lib/money/paise";
import type { DomainContext } from "../context";
import { type CsvCell, rupees, toCsv, unguardCsvCell } from "../csv/to-csv";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { inTransaction } from "../transaction";
import { learnVoiceName } from "../voice/engine/name-vocabulary";
import { type CustomerFields, customerFields } from "./schema";
import { customerSearchKeys } from "./search-keys";

const MAX_BYTES = 1_000_000;
const MAX_ROWS = 5_000;
const WRITE_BATCH = 500;
const EXPORT_PAGE = 2_000;

export type ImportRowError = { row: number; field: string; message: string };
type ValidRow = { row: number; fields: CustomerFields; openingBalancePaise: number };

const FIELD_COLUMNS: Record<string, string> = { stateCode: "state_code", creditLimitPaise: "credit_limit" };

const normalizeHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

function parseCsv(csvText: string) {
  if (Buffer.byteLength(csvText, "utf8") > MAX_BYTES) {
    throw new AppError("BAD_REQUEST", "The file is larger than 1 MB. Split it into smaller files.");
  }
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: normalizeHeader,
    transform: (value) => unguardCsvCell(value.trim()),
  });
  const fields = (parsed.meta.fields ?? []).filter((field) => field !== "");
  const unknown = fields.filter((field) => !(CUSTOMER_CSV_HEADERS as readonly string[]).includes(field));
  if (!fields.includes("name") || unknown.length > 0) {
    const problem = unknown.length > 0 ? `Unknown column "${unknown[0]}".` : 'The "name" column is missing.';
    throw new AppError(
      "BAD_REQUEST",
      `${problem} The first row must name the columns: ${CUSTOMER_CSV_HEADERS.join(", ")}`,
    );
  }
  if (parsed.data.length > MAX_ROWS) {
    throw new AppError(
      "BAD_REQUEST",
      `At most ${MAX_ROWS} customers per file; this one has ${parsed.data.length}.`,
    );
  }
  const structural: ImportRowError[] = parsed.errors
    .filter((error) => error.code === "TooManyFields" || error.type === "Quotes")
    .map((error) => ({ row: (error.row ?? 0) + 2, field: "row", message: error.message }));
  return { records: parsed.data, structural };
}

/** Rupees as typed in a sheet ("1,200.50", "₹500") to paise; a leading minus is allowed when `signed`. */
function parseRupees(text: string | undefined, signed: boolean): number | null {
  if (!text) return null;
  const negative = signed && text.startsWith("-");
  const paise = parseAmountToPaise(negative ? text.slice(1) : text);
  if (paise > MAX_ENTRY_PAISE) throw new Error("At most ₹1 crore");
  return negative ? -paise : paise;
}

function validateRecord(
  record: Record<string, string>,
  row: number,
  errors: ImportRowError[],
): ValidRow | null {
  const errorsBefore = errors.length;
  const amounts: Record<string, number | null> = {};
  for (const [column, signed] of [
    ["credit_limit", false],
    ["opening_balance", true],
  ] as const) {
    try {
      amounts[column] = parseRupees(record[column], signed);
    } catch (error) {
      errors.push({ row, field: column, message: error instanceof Error ? error.message : "Not an amount" });
    }
  }
  const parsed = customerFields.safeParse({
    name: record.name ?? "",
    phone: record.phone,
    email: record.email,
    gstin: record.gstin,
    stateCode: record.state_code,
    creditLimitPaise: amounts.credit_limit ?? null,
    notes: record.notes || null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "row");
      errors.push({ row, field: FIELD_COLUMNS[key] ?? key, message: issue.message });
    }
    return null;
  }
  if (errors.length > errorsBefore) return null;
  return { row, fields: parsed.data, openingBalancePaise: amounts.opening_balance ?? 0 };
}

/** Field checks per row, then one phone number per customer (in the shop and within the file). */
async function validateImportRows(
  ctx: DomainContext,
  records: Record<string, string>[],
  structural: ImportRowError[],
) {
  const errors = [...structural];
  const badRows = new Set(structural.map((error) => error.row));
  const candidates = records.flatMap((record, index) =>
    badRows.has(index + 2) ? [] : (validateRecord(record, index + 2, errors) ?? []),
  );
  const phones = [...new Set(candidates.flatMap((row) => row.fields.phone ?? []))];
  const taken = new Set<string>();
  for (let start = 0; start < phones.length; start += 1_000) {
    const existing = await ctx.db.customer.findMany({
      where: {
        businessId: ctx.businessId,
        erasedAt: null,
        phone: { in: phones.slice(start, start + 1_000) },
      },
      select: { phone: true },
    });
    for (const customer of existing) if (customer.phone) taken.add(customer.phone);
  }
  const firstRowByPhone = new Map<string, number>();
  const valid = candidates.filter((candidate) => {
    const phone = candidate.fields.phone;
    if (!phone) return true;
    const earlier = firstRowByPhone.get(phone);
    const message = taken.has(phone)
      ? "A customer with this phone number already exists"
      : earlier !== undefined
        ? `Same phone number as row ${earlier}`
        : null;
    if (message) errors.push({ row: candidate.row, field: "phone", message });
    else firstRowByPhone.set(phone, candidate.row);
    return message === null;
  });
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors };
}

/**
 * One batch in three statements. Opening balances are written with the new
 * customers instead of one postLedgerEntry per row: nobody else can see these rows before the
 * commit, so there is no lock to take, and each customer's balance still equals the sum of its
 * entries (the one ADJUSTMENT, idempotency key `import:<customerId>`).
 */
async function writeBatch(tx: Tx, ctx: DomainContext, rows: ValidRow[]) {
  const customers = rows.map((row) => {
    const opening = row.openingBalancePaise;
    return {
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
      balancePaise: BigInt(opening),
      // An advance waits to be applied to the customer's next invoice, like a payment.
      unappliedPaise: BigInt(opening < 0 ? -opening : 0),
    };
  });
  const entries: Prisma.LedgerEntryCreateManyInput[] = customers
    .filter((customer) => customer.balancePaise !== 0n)
    .map((customer) => ({
      id: randomUUID(),
      businessId: ctx.businessId,
      customerId: customer.id,
      type: "ADJUSTMENT",
      amountPaise: Number(customer.balancePaise),
      balanceAfterPaise: customer.balancePaise,
      note: "Opening balance (import)",
      idempotencyKey: `import:${customer.id}`,
      source: ctx.source,
      createdById: ctx.actor.userId,
    }));
  const entryIdByCustomer = new Map(entries.map((entry) => [entry.customerId, entry.id]));
  const audits: Prisma.AuditLogCreateManyInput[] = customers.map((customer, index) => ({
    businessId: ctx.businessId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.userId,
    action: "customer.import",
    entityType: "Customer",
    entityId: customer.id,
    // Which fields were filled, never their personal values (erasure must stay complete).
    after: {
      row: rows[index]?.row ?? null,
      stateCode: customer.stateCode,
      creditLimitPaise: customer.creditLimitPaise,
      openingBalancePaise: Number(customer.balancePaise),
      openingEntryId: entryIdByCustomer.get(customer.id) ?? null,
      hasPhone: customer.phone !== null,
      hasEmail: customer.email !== null,
    },
    requestId: ctx.requestId,
    source: ctx.source,
  }));
  await tx.customer.createMany({ data: customers });
  if (entries.length > 0) await tx.ledgerEntry.createMany({ data: entries });
  await tx.auditLog.createMany({ data: audits });
}

/**
 * Customers from a spreadsheet. Every row is checked first; rows with problems come back as
 * [{ row, field, message }] and the valid ones are created together: a failure part-way writes nothing.
 * A file whose header row is wrong is refused before anything is written.
 */
export async function importCustomersCsv(ctx: DomainContext, csvText: string) {
  const { records, structural } = parseCsv(csvText);
  const { valid, errors } = await validateImportRows(ctx, records, structural);
  await inTransaction(ctx, async (tx) => {
    for (let start = 0; start < valid.length; start += WRITE_BATCH) {
      await writeBatch(tx, ctx, valid.slice(start, start + WRITE_BATCH));
    }
  });
  for (const row of valid) learnVoiceName(ctx.businessId, row.fields.name);
  return { totalRows: records.length, created: valid.length, errors };
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
        customer.notes,
      ]);
    }
    cursor = page.at(-1)?.id;
    if (page.length < EXPORT_PAGE) break;
  }
  return toCsv(CUSTOMER_CSV_HEADERS, rows);
}

import Papa from "papaparse";
import { CUSTOMER_CSV_HEADERS } from "@/lib/customers/csv-headers";
import { type ParsedDate, parseMerchantDate } from "@/lib/customers/opening-balance-date";
import type { SharedPhoneWith } from "@/lib/customers/shared-phone";
import { MAX_ENTRY_PAISE, parseAmountToPaise } from "@/lib/money/paise";
import type { DomainContext } from "../context";
import { unguardCsvCell } from "../csv/to-csv";
import { AppError } from "../errors";
import { type CustomerFields, customerFields } from "./schema";
import { customersByPhone } from "./shared-phone";

const MAX_BYTES = 1_000_000;
const MAX_ROWS = 5_000;

export type ImportRowError = { row: number; field: string; message: string };
export type ValidRow = {
  row: number;
  fields: CustomerFields;
  openingBalancePaise: number;
  /** "YYYY-MM-DD" from the row, else the file's date, else null (today). */
  openingBalanceDate: string | null;
};
/** A row whose mobile another customer already has (in the shop, or an earlier row of the file). */
export type SharedPhoneWarning = {
  row: number;
  name: string;
  phone: string;
  existing: SharedPhoneWith | null;
  sameAsRow: { row: number; name: string } | null;
};

const FIELD_COLUMNS: Record<string, string> = { stateCode: "state_code", creditLimitPaise: "credit_limit" };

const DATE_PROBLEMS: Record<Exclude<ParsedDate, { ok: true }>["reason"], string> = {
  format: "Use a date like 31/03/2024 or 2024-03-31",
  impossible: "Not a real date",
  future: "The date is in the future",
};

/** The file's own "as of" date: the same rules as a row's, refused before anything is read. */
export function fileOpeningBalanceDate(text: string | null | undefined, now: Date): string | null {
  if (!text) return null;
  const parsed = parseMerchantDate(text, now);
  if (parsed.ok) return parsed.date;
  throw new AppError("BAD_REQUEST", DATE_PROBLEMS[parsed.reason], {
    openingBalanceDate: DATE_PROBLEMS[parsed.reason],
  });
}

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

type RowContext = { row: number; errors: ImportRowError[]; fileDate: string | null; now: Date };

function validateRecord(record: Record<string, string>, { row, errors, fileDate, now }: RowContext) {
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
  let openingBalanceDate = fileDate;
  if (record.opening_balance_date) {
    const parsedDate = parseMerchantDate(record.opening_balance_date, now);
    if (parsedDate.ok) openingBalanceDate = parsedDate.date;
    else errors.push({ row, field: "opening_balance_date", message: DATE_PROBLEMS[parsedDate.reason] });
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
  }
  if (!parsed.success || errors.length > errorsBefore) return null;
  return { row, fields: parsed.data, openingBalancePaise: amounts.opening_balance ?? 0, openingBalanceDate };
}

/**
 * Families share a phone, so a shared number is a warning the merchant may accept, not an error:
 * each row whose mobile a customer of this shop has, or an earlier valid row of the file has.
 */
async function sharedPhoneWarnings(ctx: DomainContext, valid: ValidRow[]): Promise<SharedPhoneWarning[]> {
  const existing = await customersByPhone(
    ctx,
    valid.flatMap((row) => row.fields.phone ?? []),
  );
  const firstRowByPhone = new Map<string, ValidRow>();
  return valid.flatMap((candidate) => {
    const phone = candidate.fields.phone;
    if (!phone) return [];
    const earlier = firstRowByPhone.get(phone);
    if (!earlier) firstRowByPhone.set(phone, candidate);
    const inShop = existing.get(phone) ?? null;
    if (!inShop && !earlier) return [];
    return [
      {
        row: candidate.row,
        name: candidate.fields.name,
        phone,
        existing: inShop,
        sameAsRow: earlier ? { row: earlier.row, name: earlier.fields.name } : null,
      },
    ];
  });
}

/** Every row checked (fields, dates, shared phones); nothing written. */
export async function checkImportRows(
  ctx: DomainContext,
  csvText: string,
  options: { openingBalanceDate?: string | null; now?: Date },
) {
  const now = options.now ?? new Date();
  const fileDate = fileOpeningBalanceDate(options.openingBalanceDate, now);
  const { records, structural } = parseCsv(csvText);
  const errors = [...structural];
  const badRows = new Set(structural.map((error) => error.row));
  const valid = records.flatMap((record, index) =>
    badRows.has(index + 2) ? [] : (validateRecord(record, { row: index + 2, errors, fileDate, now }) ?? []),
  );
  errors.sort((a, b) => a.row - b.row);
  return { totalRows: records.length, valid, errors, warnings: await sharedPhoneWarnings(ctx, valid) };
}

import { paiseToDecimalString } from "@/lib/money/paise";

/** A number written as-is (no formula guard): amounts and counts the app itself produced. */
export type CsvNumber = { readonly csvNumber: string };
export type CsvCell = string | number | null | undefined | CsvNumber;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection). Tab and CR
// are on OWASP's list too because some spreadsheet apps strip them before looking.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Paise as rupees with 2 decimals ("-1234.50"), trusted as a number cell. */
export function rupees(paise: number): CsvNumber {
  return { csvNumber: paiseToDecimalString(paise) };
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "object") return cell.csvNumber;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; quotes doubled. */
export function escapeCsvCell(cell: CsvCell): string {
  const text = cellText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text (CRLF line ends) with a header row; a BOM so Excel reads Devanagari as UTF-8. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [headers.map(escapeCsvCell).join(",")];
  for (const row of rows) lines.push(row.map(escapeCsvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Undo the formula guard on import so an exported file imports back to the same text. */
export function unguardCsvCell(text: string): string {
  return text.length > 1 && text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

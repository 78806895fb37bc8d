// India has no DST, so IST is a fixed offset and can be applied without the process time zone.
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const FY_LABEL = /^(\d{4})-(\d{2})$/;
const INVOICE_NUMBER_MAX_LENGTH = 16;

/** A Date whose UTC fields read as the IST wall clock of `date`. */
function istWallClock(date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid date");
  return new Date(time + IST_OFFSET_MS);
}

function istMidnight(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day) - IST_OFFSET_MS);
}

export function financialYearOf(date: Date): string {
  const wall = istWallClock(date);
  const startYear = wall.getUTCMonth() >= 3 ? wall.getUTCFullYear() : wall.getUTCFullYear() - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

function parseFinancialYear(label: string): number {
  const match = FY_LABEL.exec(label);
  const startYear = Number(match?.[1]);
  if (!match || Number(match[2]) !== (startYear + 1) % 100) {
    throw new RangeError(`"${label}" is not a financial year label like "2026-27"`);
  }
  return startYear;
}

/** `end` is exclusive (the first instant of the next financial year), for `>= start && < end` queries. */
export function financialYearRange(label: string): { start: Date; end: Date } {
  const startYear = parseFinancialYear(label);
  return { start: istMidnight(startYear, 3, 1), end: istMidnight(startYear + 1, 3, 1) };
}

/**
 * CGST Rule 46(b): at most 16 characters of letters, digits, "-" and "/". The prefix shrinks as the
 * sequence grows so every number fits; different prefix lengths also keep numbers unique.
 */
export function formatInvoiceNumber(fyLabel: string, seq: number): string {
  parseFinancialYear(fyLabel);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`Invoice sequence must be a positive integer`);
  let prefix: string;
  if (seq <= 9999) prefix = "INV";
  else if (seq <= 99999) prefix = "IN";
  else if (seq <= 999999) prefix = "I";
  else throw new RangeError("Invoice sequence above 999999 does not fit in 16 characters");
  const number = `${prefix}/${fyLabel}/${String(seq).padStart(4, "0")}`;
  if (number.length > INVOICE_NUMBER_MAX_LENGTH)
    throw new RangeError(`Invoice number "${number}" is too long`);
  return number;
}

/** The UTC instant of 00:00 IST on the IST calendar day containing `date`. */
export function istDayStart(date: Date): Date {
  const wall = istWallClock(date);
  return istMidnight(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
}

export function istDateString(date: Date): string {
  return istWallClock(date).toISOString().slice(0, 10);
}

/** Every IST day is exactly 24 hours long, so calendar arithmetic is plain millisecond arithmetic. */
export function addIstDays(date: Date, days: number): Date {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer, got ${days}`);
  return new Date(date.getTime() + days * DAY_MS);
}

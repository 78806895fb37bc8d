import { istDateString, istDayStart } from "../gst/financial-year";

export type ParsedDate =
  | { ok: true; date: string }
  | { ok: false; reason: "format" | "impossible" | "future" };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Indian spreadsheets write day first: 31/03/2024, 31-03-2024 or 31.03.2024.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A calendar date as merchants type it (YYYY-MM-DD or DD/MM/YYYY) → "YYYY-MM-DD", refusing dates
 * that do not exist (30/02) and dates after today in India (`now` is the caller's clock).
 */
export function parseMerchantDate(text: string, now: Date = new Date()): ParsedDate {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return { ok: false, reason: "format" };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    return { ok: false, reason: "impossible" };
  }
  const date = calendar.toISOString().slice(0, 10);
  if (date > istDateString(now)) return { ok: false, reason: "future" };
  return { ok: true, date };
}

/** 00:00 IST of the day "YYYY-MM-DD": an entry dated then counts on that day in every report. */
export function istDateStart(date: string): Date {
  // 00:00 UTC is 05:30 IST on the same calendar day, so its IST day start is the one we want.
  return istDayStart(new Date(`${date}T00:00:00Z`));
}

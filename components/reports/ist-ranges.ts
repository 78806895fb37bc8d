import { istDateString } from "@/lib/gst/financial-year";

export type DateRange = { from: string; to: string };

const pad = (value: number) => String(value).padStart(2, "0");

/** The 1st of this month to today, on the Indian calendar. */
export function thisMonthRange(now = new Date()): DateRange {
  const today = istDateString(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The whole previous month, on the Indian calendar. */
export function lastMonthRange(now = new Date()): DateRange {
  const [year = 1970, month = 1] = istDateString(now).split("-").map(Number);
  const previousYear = month === 1 ? year - 1 : year;
  const previousMonth = month === 1 ? 12 : month - 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(previousYear, previousMonth, 0)).getUTCDate();
  const prefix = `${previousYear}-${pad(previousMonth)}`;
  return { from: `${prefix}-01`, to: `${prefix}-${pad(lastDay)}` };
}

export function isValidRange(range: DateRange): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to) && range.from <= range.to
  );
}

/** /api/export/<report>?from=…&to=… */
export function exportUrl(
  report: "daybook" | "gst" | "aging" | "customers",
  query: Record<string, string> = {},
) {
  const search = new URLSearchParams(query).toString();
  return `/api/export/${report}${search ? `?${search}` : ""}`;
}

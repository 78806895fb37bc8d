import { istDateStart } from "../customers/opening-balance-date";
import { addIstDays, istDateString } from "../gst/financial-year";

/** How far back a khata entry may be dated: exactly 365 IST days before today is still allowed. */
export const ENTRY_DATE_MAX_DAYS_BACK = 365;
const MIDDAY_MS = 12 * 60 * 60 * 1000;

/** The IST days an entry may be dated on, "YYYY-MM-DD", both inclusive (the form's min and max). */
export function entryDateBounds(now: Date): { min: string; max: string } {
  return {
    min: istDateString(addIstDays(now, -ENTRY_DATE_MAX_DAYS_BACK)),
    max: istDateString(now),
  };
}

/** Why `day` ("YYYY-MM-DD", already a real date) cannot date an entry today, or null if it can. */
export function entryDateProblem(day: string, now: Date): "future" | "tooOld" | null {
  const { min, max } = entryDateBounds(now);
  if (day > max) return "future";
  if (day < min) return "tooOld";
  return null;
}

/**
 * The `occurredAt` of an entry dated `day` (an IST calendar day): undefined (post it "now") for
 * no day or today; 12:00 IST of a past day. A date-only entry has no time of its own, and midday
 * is 6½ hours from either IST midnight, so it stays inside its day in every report (they group by
 * IST day) and in any display that rounds or shifts by a time zone. Range checks are the caller's
 * (`entryDateProblem`).
 */
export function occurredAtForDay(day: string | null | undefined, now: Date): Date | undefined {
  if (!day || day === istDateString(now)) return undefined;
  const start = istDateStart(day);
  if (Number.isNaN(start.getTime())) throw new RangeError(`"${day}" is not a date like 2026-04-01`);
  return new Date(start.getTime() + MIDDAY_MS);
}

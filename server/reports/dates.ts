import { addIstDays, istDateString, istDayStart } from "@/lib/gst/financial-year";

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The instant 00:00 IST starts the day "YYYY-MM-DD". */
export function istDateToInstant(date: string): Date {
  return new Date(`${date}T00:00:00+05:30`);
}

/** [start, end) instants covering IST days `from` to `to`, both inclusive. */
export function istRange(from: string, to: string): { start: Date; end: Date } {
  return { start: istDateToInstant(from), end: addIstDays(istDateToInstant(to), 1) };
}

/** Monday 00:00 IST of the week containing `now`: Indian shops count the week from Monday. */
export function istWeekStart(now: Date): Date {
  const dayStart = istDayStart(now);
  const weekday = new Date(`${istDateString(now)}T00:00:00Z`).getUTCDay();
  return addIstDays(dayStart, -((weekday + 6) % 7));
}

/** "14:05" on the IST clock. */
export function istTimeString(date: Date): string {
  return new Date(date.getTime() + IST_OFFSET_MS).toISOString().slice(11, 16);
}

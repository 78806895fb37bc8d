// Reminders go out between 09:00 and 21:00 shop time (IST), at most one a day per customer.
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 9;
/** No sends from `fromHour` until `untilHour` (IST, whole hours); null: any time of day. */
export type QuietHours = { fromHour: number; untilHour: number } | null;
export const DEFAULT_QUIET_HOURS: QuietHours = { fromHour: QUIET_FROM_HOUR, untilHour: QUIET_UNTIL_HOUR };

/** Midnight IST of the day `at` falls on, as an instant. */
function istDayStart(at: Date): number {
  const shifted = at.getTime() + IST_OFFSET_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - IST_OFFSET_MS;
}

/** `at`, or the end of the quiet hours after it (09:00 IST by default) when `at` falls in them. */
export function outOfQuietHours(at: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!quiet) return at;
  const dayStart = istDayStart(at);
  const hour = (at.getTime() - dayStart) / HOUR_MS;
  if (hour >= quiet.untilHour && hour < quiet.fromHour) return at;
  const nextMorning = dayStart + quiet.untilHour * HOUR_MS + (hour >= quiet.fromHour ? DAY_MS : 0);
  return new Date(nextMorning);
}

/** 09:00 IST on the day after `at`: where a second reminder of the same day is moved to. */
export function nextMorningAfter(at: Date): Date {
  return new Date(istDayStart(at) + DAY_MS + QUIET_UNTIL_HOUR * HOUR_MS);
}

/** The instants [start, end) of the IST day `at` falls on. */
export function istDayBounds(at: Date): { start: Date; end: Date } {
  const start = istDayStart(at);
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** "YYYY-MM-DD" of `at` on the IST calendar. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** 10:00 IST on `day` ("YYYY-MM-DD"), or `now` when there is no day or that time has passed. */
export function reminderTimeOnDay(day: string | null, now: Date, hour = 10): Date {
  if (!day) return now;
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, date, hour) - IST_OFFSET_MS);
  return Number.isNaN(at.getTime()) || at < now ? now : at;
}

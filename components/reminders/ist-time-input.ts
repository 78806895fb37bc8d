// A <input type="datetime-local"> value read and written as India time (IST, UTC+05:30, no
// daylight saving), whatever time zone the browser is in: the shop's clock is what counts.
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-05T10:00" for the instant `at` on the IST clock (minutes, seconds dropped). */
export function toIstInputValue(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant a "YYYY-MM-DDTHH:mm" value means in IST, or null when it is not one. */
export function fromIstInputValue(value: string): Date | null {
  const match = VALUE.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  // Date.UTC rolls 31 February over into March: refuse it instead.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59)
    return null;
  return new Date(utc - IST_OFFSET_MS);
}

/**
 * Where the "Remind" form starts: 10:00 IST today while that is still more than an hour away,
 * else an hour from now (rounded up to the next 5 minutes).
 */
export function defaultReminderTime(now: Date): Date {
  const today = toIstInputValue(now).slice(0, 10);
  const tenToday = fromIstInputValue(`${today}T10:00`) as Date;
  if (tenToday.getTime() - now.getTime() > HOUR_MS) return tenToday;
  const step = 5 * 60 * 1000;
  return new Date(Math.ceil((now.getTime() + HOUR_MS) / step) * step);
}

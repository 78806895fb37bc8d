import { istDateString } from "@/lib/gst/financial-year";

/** A calendar day with no time or zone: all arithmetic is done on UTC midnights. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function istToday(now: Date): CivilDate {
  const [year = 0, month = 0, day = 0] = istDateString(now).split("-").map(Number);
  return { year, month, day };
}

export function istDateAfter(now: Date, milliseconds: number): CivilDate {
  return istToday(new Date(now.getTime() + milliseconds));
}

function toTime(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromTime(time: number): CivilDate {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Same day of a later month, clamped to its length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function weekdayOf(date: CivilDate): number {
  return new Date(toTime(date)).getUTCDay();
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return toTime(a) - toTime(b);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function formatDate(date: CivilDate): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(date.year).padStart(4, "0")}-${pad(date.month)}-${pad(date.day)}`;
}

import { addDays, addMonths, type CivilDate, compareDates, isValidDate, weekdayOf } from "./calendar";

/** Past for what already happened ("kal diye" = yesterday), future for what to do ("kal yaad dilana"). */
export type Tense = "past" | "future";
/** Words like "kal" and "somvar" point either way; "tomorrow" and "3 din baad" only one. */
export type Direction = Tense | "either";
export type Resolver = (today: CivilDate, tense: Tense, now: Date) => CivilDate | null;

const sign = (direction: Direction, tense: Tense) =>
  (direction === "either" ? tense : direction) === "past" ? -1 : 1;

export function relativeDays(days: number, direction: Direction): Resolver {
  return (today, tense) => addDays(today, sign(direction, tense) * days);
}

export function weekday(target: number, direction: Direction): Resolver {
  return (today, tense) => {
    const step = sign(direction, tense);
    for (let offset = 1; offset <= 7; offset++) {
      const candidate = addDays(today, step * offset);
      if (weekdayOf(candidate) === target) return candidate;
    }
    return null;
  };
}

/** The next 5th after today (or the latest 5th up to today for something already done). */
export function dayOfMonth(day: number): Resolver {
  return (today, tense) => {
    const step = tense === "past" ? -1 : 1;
    for (let months = 0; months <= 12; months++) {
      const month = addMonths({ ...today, day: 1 }, step * months);
      if (!isValidDate(month.year, month.month, day)) continue;
      const candidate = { ...month, day };
      const order = compareDates(candidate, today);
      if (tense === "past" ? order <= 0 : order > 0) return candidate;
    }
    return null;
  };
}

export function monthDay(month: number, day: number, year: number | null): Resolver {
  return (today, tense) => {
    if (year !== null) return isValidDate(year, month, day) ? { year, month, day } : null;
    const step = tense === "past" ? -1 : 1;
    for (let years = 0; years <= 4; years++) {
      const candidateYear = today.year + step * years;
      if (!isValidDate(candidateYear, month, day)) continue;
      const candidate = { year: candidateYear, month, day };
      const order = compareDates(candidate, today);
      if (tense === "past" ? order <= 0 : order >= 0) return candidate;
    }
    return null;
  };
}

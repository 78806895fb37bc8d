import { addDays, addMonths, type CivilDate, formatDate, istToday, weekdayOf } from "./calendar";
import * as dates from "./lexicon/dates";
import type { Token } from "./tokenize";

/** The days a shop-level question is about, both ends inclusive, IST "YYYY-MM-DD". */
export interface Period {
  kind: "day" | "week" | "month";
  from: string;
  to: string;
}

function mondayOf(day: CivilDate): CivilDate {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

function span(kind: Period["kind"], from: CivilDate, to: CivilDate): Period {
  return { kind, from: formatDate(from), to: formatDate(to) };
}

function unitPeriod(unit: "week" | "month", last: boolean, today: CivilDate): Period {
  if (unit === "week") {
    const monday = mondayOf(today);
    return last ? span("week", addDays(monday, -7), addDays(monday, -1)) : span("week", monday, today);
  }
  const first = { ...today, day: 1 };
  return last ? span("month", addMonths(first, -1), addDays(first, -1)) : span("month", first, today);
}

/**
 * "aaj", "kal", "parso", "is hafte", "pichhle mahine", "this week": the period a question about
 * the shop's money asks for; today when none is said. Questions look back, so "kal" is yesterday.
 */
export function findPeriod(tokens: readonly Token[], now: Date): Period {
  const today = istToday(now);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const unit = dates.WEEK_UNIT.has(token) ? "week" : dates.MONTH_UNIT.has(token) ? "month" : null;
    if (unit) return unitPeriod(unit, dates.LAST.has(tokens[i - 1]), today);
    if (dates.KAL.has(token) || dates.YESTERDAY.has(token)) {
      const day = addDays(today, -1);
      return span("day", day, day);
    }
    if (dates.PARSO.has(token)) {
      const day = addDays(today, -2);
      return span("day", day, day);
    }
  }
  return span("day", today, today);
}

import { addDays, addMonths, type CivilDate, formatDate, istDateAfter, istToday } from "./calendar";
import {
  type Direction,
  dayOfMonth,
  monthDay,
  type Resolver,
  relativeDays,
  type Tense,
  weekday,
} from "./date-resolvers";
import * as words from "./lexicon/dates";
import { ENGLISH_ORDINALS } from "./lexicon/english-numbers";
import { TIME_WORDS } from "./lexicon/keywords";
import type { NumberSpan } from "./numbers";
import type { Token } from "./tokenize";

export type { Tense } from "./date-resolvers";

export interface DateMention {
  resolve(tense: Tense): string | null;
}

export interface DateScan {
  date: DateMention | null;
  /** Token indices explained by the date and by clock times ("5 baje"), so no amount is read there. */
  used: Set<number>;
}

function indexOf(
  list: readonly { has(token: Token | undefined): boolean }[],
  token: Token | undefined,
): number {
  return list.findIndex((set) => set.has(token));
}

interface Found {
  start: number;
  end: number;
  resolver: Resolver;
}

class DateReader {
  private readonly spanAt = new Map<number, NumberSpan>();

  constructor(
    private readonly tokens: readonly Token[],
    numbers: readonly NumberSpan[],
  ) {
    for (const span of numbers) this.spanAt.set(span.start, span);
  }

  private word(index: number): Token | undefined {
    const token = this.tokens[index];
    return token?.kind === "word" ? token : undefined;
  }

  private year(index: number): number | null {
    const value = this.spanAt.get(index)?.value;
    return value !== undefined && Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : null;
  }

  private dayNumber(index: number): NumberSpan | null {
    const span = this.spanAt.get(index);
    return span !== undefined && Number.isInteger(span.value) && span.value >= 1 && span.value <= 31
      ? span
      : null;
  }

  /** "1 December", "1st of Dec 2026" */
  private dayThenMonth(start: number, day: number, afterDay: number): Found | null {
    const next = this.word(afterDay)?.norm === "of" ? afterDay + 1 : afterDay;
    const month = indexOf(words.MONTHS, this.word(next));
    if (month < 0) return null;
    const year = this.year(next + 1);
    return { start, end: next + (year === null ? 1 : 2), resolver: monthDay(month + 1, day, year) };
  }

  private duration(span: NumberSpan): Found | null {
    const unit = this.word(span.end);
    const days = words.DAY_UNIT.has(unit) ? 1 : words.WEEK_UNIT.has(unit) ? 7 : 0;
    const months = words.MONTH_UNIT.has(unit);
    const clock = words.HOUR_UNIT.has(unit) ? 3_600_000 : words.MINUTE_UNIT.has(unit) ? 60_000 : 0;
    if (days === 0 && !months && clock === 0) return null;
    let end = span.end + 1;
    if (this.word(end)?.loose === "ke" && words.AFTER.has(this.word(end + 1))) end++;
    const past = words.BEFORE.has(this.word(end));
    const lead = this.word(span.start - 1)?.norm;
    const marked = past || words.AFTER.has(this.word(end)) || lead === "in" || lead === "after";
    if (past || words.AFTER.has(this.word(end))) end++;
    if (clock > 0) {
      if (!marked) return null;
      const ms = span.value * clock * (past ? -1 : 1);
      return { start: span.start, end, resolver: (_today, _tense, now) => istDateAfter(now, ms) };
    }
    const direction: Direction = past ? "past" : "future";
    const resolver: Resolver = months
      ? (today) => addMonths(today, (past ? -1 : 1) * span.value)
      : relativeDays(Math.round(span.value * days), direction);
    return { start: span.start, end, resolver };
  }

  private fromNumber(span: NumberSpan): Found | null {
    const duration = this.duration(span);
    if (duration !== null) return duration;
    const day = this.dayNumber(span.start);
    if (day === null) return null;
    if (words.DAY_OF_MONTH.has(this.word(span.end))) {
      return { start: span.start, end: span.end + 1, resolver: dayOfMonth(day.value) };
    }
    const named = this.dayThenMonth(span.start, day.value, span.end);
    if (named !== null) return named;
    // "15 ko yaad dilana": a day of the month said with only "ko" (on).
    if (this.word(span.end)?.loose === "ko" && !span.multiplied && this.tokens[span.start - 1]?.raw !== "₹") {
      return { start: span.start, end: span.end + 1, resolver: dayOfMonth(day.value) };
    }
    const token = this.tokens[span.start];
    if (token?.ordinal && span.end === span.start + 1) {
      return { start: span.start, end: span.end, resolver: dayOfMonth(day.value) };
    }
    return this.slashDate(span);
  }

  /** "15/12" or "15/12/2026" */
  private slashDate(span: NumberSpan): Found | null {
    if (this.tokens[span.end]?.raw !== "/") return null;
    const month = this.spanAt.get(span.end + 1)?.value;
    if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return null;
    const hasYear = this.tokens[span.end + 2]?.raw === "/" && this.year(span.end + 3) !== null;
    const year = hasYear ? this.year(span.end + 3) : null;
    return {
      start: span.start,
      end: span.end + (hasYear ? 4 : 2),
      resolver: monthDay(month, span.value, year),
    };
  }

  private fromWord(index: number): Found | null {
    const token = this.word(index);
    if (token === undefined) return null;
    const at = (resolver: Resolver, end = index + 1): Found => ({ start: index, end, resolver });
    const phrase = this.tokens
      .slice(index, index + 3)
      .map((t) => t.norm)
      .join(" ");
    if (phrase === "day after tomorrow") return at(relativeDays(2, "future"), index + 3);
    if (phrase === "day before yesterday") return at(relativeDays(2, "past"), index + 3);
    if (words.TODAY.has(token)) return at(relativeDays(0, "future"));
    if (words.TOMORROW.has(token)) return at(relativeDays(1, "future"));
    if (words.YESTERDAY.has(token)) return at(relativeDays(1, "past"));
    if (words.KAL.has(token)) return at(relativeDays(1, "either"));
    if (words.PARSO.has(token)) return at(relativeDays(2, "either"));
    if (words.NARSO.has(token)) return at(relativeDays(3, "either"));
    const modifier: Direction | null = words.NEXT.has(token)
      ? "future"
      : words.LAST.has(token)
        ? "past"
        : token.norm === "this" || token.norm === "is"
          ? "future"
          : null;
    const target = modifier === null ? token : this.word(index + 1);
    const end = modifier === null ? index + 1 : index + 2;
    const day = indexOf(words.WEEKDAYS, target);
    if (day >= 0) return at(weekday(day, modifier ?? "either"), end);
    if (modifier !== null && token.norm !== "is" && token.norm !== "this") {
      const step = modifier === "past" ? -1 : 1;
      if (words.WEEK_UNIT.has(target)) return at((today) => addDays(today, step * 7), end);
      if (words.MONTH_UNIT.has(target)) return at((today) => addMonths(today, step), end);
    }
    if (words.WEEK_UNIT.has(token) && words.AFTER.has(this.word(index + 1))) {
      return at(relativeDays(7, "future"), index + 2);
    }
    // "in a week", "ek din baad" said with an article
    if ((token.norm === "a" || token.norm === "an") && this.word(index + 1)) {
      const one = {
        start: index,
        end: index + 1,
        value: 1,
        multiplied: false,
        loneOne: true,
        digitsOnly: false,
      };
      const found = this.duration(one);
      if (found !== null) return found;
    }
    const month = indexOf(words.MONTHS, token);
    const day2 = this.dayNumber(index + 1);
    if (month >= 0 && day2 !== null) {
      const year = this.year(day2.end);
      return at(monthDay(month + 1, day2.value, year), day2.end + (year === null ? 0 : 1));
    }
    if (words.DAY_OF_MONTH.has(token) && this.dayNumber(index + 1) !== null) {
      const span = this.dayNumber(index + 1) as NumberSpan;
      return at(dayOfMonth(span.value), span.end);
    }
    const ordinal = ENGLISH_ORDINALS[token.norm];
    if (ordinal !== undefined) {
      const named = this.dayThenMonth(index, ordinal, index + 1);
      if (named !== null) return named;
      if (this.word(index - 1)?.norm === "the") return at(dayOfMonth(ordinal));
    }
    return null;
  }

  scan(now: Date, blocked: (index: number) => boolean): DateScan {
    const used = new Set<number>();
    let date: DateMention | null = null;
    let clock = false;
    for (let index = 0; index < this.tokens.length; index++) {
      if (blocked(index)) continue;
      const span = this.spanAt.get(index);
      if (span !== undefined && TIME_WORDS.has(this.tokens[span.end])) {
        for (let i = span.start; i <= span.end; i++) used.add(i);
        index = span.end;
        clock = true;
        continue;
      }
      if (words.TIME_OF_DAY.has(this.tokens[index])) {
        used.add(index);
        clock = true;
      }
      const found: Found | null =
        date === null ? ((span ? this.fromNumber(span) : null) ?? this.fromWord(index)) : null;
      if (found === null) continue;
      for (let i = found.start; i < found.end; i++) used.add(i);
      const resolver: Resolver = found.resolver;
      date = {
        resolve: (tense: Tense): string | null => {
          const result: CivilDate | null = resolver(istToday(now), tense, now);
          return result === null ? null : formatDate(result);
        },
      };
      index = found.end - 1;
    }
    // "shaam 5 baje" with no day named is today.
    if (date === null && clock) date = { resolve: () => formatDate(istToday(now)) };
    return { date, used };
  }
}

/** Finds the first date said (aaj, kal, parso, weekdays, "5 tarikh", "1st December", "3 din baad"). */
export function findDate(
  tokens: readonly Token[],
  numbers: readonly NumberSpan[],
  now: Date,
  blocked: (index: number) => boolean = () => false,
): DateScan {
  return new DateReader(tokens, numbers).scan(now, blocked);
}

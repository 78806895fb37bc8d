import { ENGLISH_SMALL, ENGLISH_TENS } from "./lexicon/english-numbers";
import { FRACTIONS, MULTIPLIERS, NON_OPENING_MULTIPLIERS, PREFIXES, SMALL_NUMBERS } from "./number-lexicon";
import type { Token } from "./tokenize";

export interface NumberSpan {
  start: number;
  /** Exclusive. */
  end: number;
  value: number;
  /** Said with a multiplier (sau, hazaar, lakh, k…). */
  multiplied: boolean;
  /** A lone "ek"/"one"/"a": usually an article, not a quantity or amount. */
  loneOne: boolean;
  /** A single digit token such as 500 or 9876543210. */
  digitsOnly: boolean;
}

export interface NumberOptions {
  /** Tokens already explained (a phone number, a date): never part of a number. */
  blocked?: (index: number) => boolean;
  /** Whether a word can be counted ("do kilo", "do ande"), which makes "do" the number 2, not "give". */
  countable?: (token: Token) => boolean;
}

interface Atom {
  value: number;
  end: number;
}

function multiplierOf(token: Token | undefined): number | undefined {
  return token?.kind === "word" ? MULTIPLIERS.get(token.norm, token.loose) : undefined;
}

function wordValue(token: Token): number | undefined {
  return SMALL_NUMBERS.get(token.norm, token.loose);
}

/** "do" is also the imperative "give" (de do, likh do): it is 2 only before something countable. */
function doIsNumber(tokens: readonly Token[], index: number, options: NumberOptions): boolean {
  const previous = tokens[index - 1];
  if (previous !== undefined && PREFIXES.get(previous.norm, previous.loose) !== undefined) return true;
  // "do sau do" is 202: after a multiplier "do" finishes the number.
  if (multiplierOf(previous) !== undefined) return true;
  const next = tokens[index + 1];
  if (next === undefined || next.kind !== "word") return false;
  if (multiplierOf(next) !== undefined) return true;
  return options.countable?.(next) ?? false;
}

function isNumberWord(tokens: readonly Token[], index: number, options: NumberOptions): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.loose === "do") return doIsNumber(tokens, index, options);
  // "ke saath" is "together with", not sixty.
  if (token.loose === "sath" && tokens[index - 1]?.loose === "ke") return false;
  return true;
}

function englishTens(tokens: readonly Token[], index: number, options: NumberOptions): Atom | null {
  const token = tokens[index];
  const tens = token === undefined ? undefined : ENGLISH_TENS[token.norm];
  if (tens === undefined) return null;
  const next = tokens[index + 1];
  const unit = next?.kind === "word" && !options.blocked?.(index + 1) ? wordValue(next) : undefined;
  if (unit !== undefined && unit < 10 && /^[a-z]+$/.test(next?.raw.toLowerCase() ?? "")) {
    return { value: tens + unit, end: index + 2 };
  }
  return { value: tens, end: index + 1 };
}

function prefixed(
  tokens: readonly Token[],
  index: number,
  shift: number,
  options: NumberOptions,
): Atom | null {
  const next = tokens[index + 1];
  if (next === undefined || options.blocked?.(index + 1)) return null;
  if (next.kind === "number" && next.value !== undefined && Number.isInteger(next.value)) {
    return { value: next.value + shift, end: index + 2 };
  }
  if (next.kind === "word" && isNumberWord(tokens, index + 1, options)) {
    const inner = englishTens(tokens, index + 1, options)?.value ?? wordValue(next);
    if (inner !== undefined) return { value: inner + shift, end: index + 2 };
  }
  // "sava sau" = 125, "paune hazaar" = 750; "saade" always names its number.
  const countable = next.kind === "word" && (options.countable?.(next) ?? false);
  if (shift !== 0.5 && (multiplierOf(next) !== undefined || countable))
    return { value: 1 + shift, end: index + 1 };
  return null;
}

/** One number below the next multiplier: 500, 2.5, "pachchees", "twenty five", "dedh", "saade teen". */
function atomAt(tokens: readonly Token[], index: number, options: NumberOptions): Atom | null {
  const token = tokens[index];
  if (token === undefined || options.blocked?.(index)) return null;
  if (token.kind === "number")
    return token.value === undefined ? null : { value: token.value, end: index + 1 };
  if (token.kind !== "word") return null;
  const tens = englishTens(tokens, index, options);
  if (tens !== null) return tens;
  const small = wordValue(token);
  if (small !== undefined)
    return isNumberWord(tokens, index, options) ? { value: small, end: index + 1 } : null;
  const fraction = FRACTIONS.get(token.norm, token.loose);
  if (fraction !== undefined) return { value: fraction, end: index + 1 };
  const shift = PREFIXES.get(token.norm, token.loose);
  if (shift !== undefined) return prefixed(tokens, index, shift, options);
  if ((token.norm === "a" || token.norm === "an") && multiplierOf(tokens[index + 1]) !== undefined) {
    return { value: 1, end: index + 1 };
  }
  return null;
}

/**
 * English prices as said: "twelve fifty" = 1,250, "two fifty" = 250, "nine ninety nine" = 999,
 * "one twenty" = 120 — a number word 1–19, then a two-digit one (10–99), is hundreds and the rest.
 */
function spokenHundreds(
  tokens: readonly Token[],
  index: number,
  small: number,
  options: NumberOptions,
): Atom | null {
  const head = tokens[index - 1];
  const next = tokens[index];
  if (!head || !next || ENGLISH_SMALL[head.norm] !== small) return null;
  const nextIsEnglish = ENGLISH_TENS[next.norm] !== undefined || (ENGLISH_SMALL[next.norm] ?? 0) >= 10;
  if (!nextIsEnglish) return null;
  const rest = atomAt(tokens, index, options);
  if (rest === null || rest.value < 10 || rest.value >= 100 || !Number.isInteger(rest.value)) return null;
  return { value: small * 100 + rest.value, end: rest.end };
}

/** "two and a half" */
function andAHalf(tokens: readonly Token[], atom: Atom): Atom {
  const [and, a, half] = [tokens[atom.end], tokens[atom.end + 1], tokens[atom.end + 2]];
  if (and?.norm === "and" && a?.norm === "a" && half?.norm === "half") {
    return { value: atom.value + 0.5, end: atom.end + 3 };
  }
  return atom;
}

/**
 * Reads the longest number starting at `start`: Indian grouping of words and digits in descending
 * multipliers ("do hazaar paanch sau pachaas", "1.5 lakh", "fifteen hundred", "2 hazaar 500").
 */
export function readNumberAt(
  tokens: readonly Token[],
  start: number,
  options: NumberOptions = {},
): NumberSpan | null {
  let total = 0;
  let hundreds: number | null = null;
  let small: number | null = null;
  let lastBig = Number.POSITIVE_INFINITY;
  let multiplied = false;
  let index = start;
  while (index < tokens.length && !options.blocked?.(index)) {
    const token = tokens[index] as Token;
    const opened = index > start;
    if (token.norm === "and" && opened && small === null && atomAt(tokens, index + 1, options) !== null) {
      index++;
      continue;
    }
    const multiplier = multiplierOf(token);
    if (multiplier !== undefined && (opened || !NON_OPENING_MULTIPLIERS.has(token.norm))) {
      if (multiplier === 100) {
        if (hundreds !== null || (small ?? 0) >= 100) break;
        hundreds = (small ?? 1) * 100;
      } else {
        if (multiplier >= lastBig) break;
        const group = (hundreds ?? 0) + (small ?? 0);
        total += (group === 0 ? 1 : group) * multiplier;
        lastBig = multiplier;
        hundreds = null;
      }
      small = null;
      multiplied = true;
      index++;
      continue;
    }
    if (small !== null) {
      const compound = spokenHundreds(tokens, index, small, options);
      if (compound === null || hundreds !== null || multiplied || index - start !== 1) break;
      small = compound.value;
      index = compound.end;
      continue;
    }
    const found = atomAt(tokens, index, options);
    if (found === null) break;
    const atom = andAHalf(tokens, found);
    const ceiling = hundreds !== null ? 100 : lastBig;
    if (opened && atom.value >= ceiling) break;
    small = atom.value;
    index = atom.end;
  }
  if (index === start) return null;
  const value = total + (hundreds ?? 0) + (small ?? 0);
  const single = index - start === 1 ? tokens[start] : undefined;
  return {
    start,
    end: index,
    value: Math.round(value * 1000) / 1000,
    multiplied,
    loneOne: value === 1 && single?.kind === "word",
    digitsOnly: single?.kind === "number",
  };
}

/** Every number in the utterance, left to right, without overlaps. */
export function findNumbers(tokens: readonly Token[], options: NumberOptions = {}): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    const span = readNumberAt(tokens, index, options);
    if (span === null || span.end <= index) {
      index++;
      continue;
    }
    spans.push(span);
    index = span.end;
  }
  return spans;
}

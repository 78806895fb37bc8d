import type { ProductUnit } from "@/lib/products/units";
import { CURRENCY_WORDS, PAISE_WORDS } from "./lexicon/keywords";
import { UNIT_ROWS } from "./lexicon/units";
import type { NumberSpan } from "./numbers";
import type { Token } from "./tokenize";
import { WordSet } from "./word-set";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: ProductUnit | null;
}

const UNITS = UNIT_ROWS.map(([unit, factor, spellings]) => ({ unit, factor, words: new WordSet(spellings) }));
const LINKS = new WordSet("ka ki ke of wala wali wale bhar");

export function unitOf(token: Token | undefined) {
  return UNITS.find((row) => row.words.has(token));
}

export function isUnitWord(token: Token): boolean {
  return unitOf(token) !== undefined;
}

export function findQuantities(
  tokens: readonly Token[],
  numbers: readonly NumberSpan[],
  usable: (i: number) => boolean,
): Quantity[] {
  const quantities: Quantity[] = [];
  let claimed = -1;
  for (const span of numbers) {
    if (span.start <= claimed || !usable(span.start) || isMoney(tokens, span)) continue;
    const unit = unitOf(tokens[span.end]);
    const loneQuarter =
      span.end - span.start === 1 && span.value === 0.25 && tokens[span.start]?.kind === "word";
    if (unit) {
      quantities.push({
        start: span.start,
        end: span.end + 1,
        value: span.value * unit.factor,
        unit: unit.unit,
      });
      claimed = span.end;
    } else if (loneQuarter) {
      quantities.push({ start: span.start, end: span.end, value: 0.25, unit: "kg" });
    } else {
      quantities.push({ start: span.start, end: span.end, value: span.value, unit: null });
    }
  }
  // "a dozen eggs", "ek kilo": an article before a unit is one of it.
  tokens.forEach((token, index) => {
    const unit = unitOf(tokens[index + 1]);
    if ((token.norm === "a" || token.norm === "an") && unit && usable(index)) {
      quantities.push({ start: index, end: index + 2, value: unit.factor, unit: unit.unit });
    }
  });
  return quantities.sort((a, b) => a.start - b.start);
}

function isMoney(tokens: readonly Token[], span: NumberSpan): boolean {
  const after = tokens[span.end];
  const before = tokens[span.start - 1];
  return (
    CURRENCY_WORDS.has(after) || PAISE_WORDS.has(after) || before?.raw === "₹" || CURRENCY_WORDS.has(before)
  );
}

export function joined(tokens: readonly Token[], quantity: Quantity, from: number, to: number): boolean {
  return quantity.unit === null ? from === to : onlyLinks(tokens, from, to);
}

export function onlyLinks(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!LINKS.has(tokens[i])) return false;
  return true;
}

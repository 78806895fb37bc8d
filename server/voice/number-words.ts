import { ENGLISH_SMALL, ENGLISH_TENS } from "./lexicon/english-numbers";
import { HINDI_NUMBER_ROWS } from "./lexicon/hindi-numbers";

const HINDI_WORDS = new Map(HINDI_NUMBER_ROWS.map(([value, latin]) => [value, latin.split(" ")[0] ?? ""]));
const ENGLISH_UNITS = new Map(Object.entries(ENGLISH_SMALL).map(([word, value]) => [value, word]));
const ENGLISH_TENS_WORDS = new Map(
  Object.entries(ENGLISH_TENS)
    .filter(([word]) => word !== "fourty" && word !== "ninty")
    .map(([word, value]) => [value, word]),
);

const MAX_SAYABLE = 99_99_99_999;

function assertSayable(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_SAYABLE) {
    throw new RangeError(`Only whole numbers from 1 to 99,99,99,999 can be said, got ${n}`);
  }
}

/** Indian place groups: crore, lakh, thousand (each 0–99), hundreds digit, and the last two digits. */
function groups(n: number) {
  return {
    crore: Math.floor(n / 1_00_00_000),
    lakh: Math.floor(n / 1_00_000) % 100,
    thousand: Math.floor(n / 1000) % 100,
    hundred: Math.floor(n / 100) % 10,
    rest: n % 100,
  };
}

/** 2550 → "do hazaar paanch sau pachaas" (Latin script, the way a merchant says it). */
export function numberToHindiWords(n: number): string {
  assertSayable(n);
  const { crore, lakh, thousand, hundred, rest } = groups(n);
  const word = (value: number) => HINDI_WORDS.get(value) ?? "";
  const parts: string[] = [];
  if (crore) parts.push(word(crore), "crore");
  if (lakh) parts.push(word(lakh), "lakh");
  if (thousand) parts.push(word(thousand), "hazaar");
  if (hundred) parts.push(word(hundred), "sau");
  if (rest) parts.push(word(rest));
  return parts.join(" ");
}

function englishBelowHundred(n: number): string {
  if (n < 20) return ENGLISH_UNITS.get(n) ?? "";
  const tens = ENGLISH_TENS_WORDS.get(n - (n % 10)) ?? "";
  return n % 10 === 0 ? tens : `${tens} ${ENGLISH_UNITS.get(n % 10)}`;
}

/** 120050 → "one lakh twenty thousand fifty" (Indian grouping, as Indian English says it). */
export function numberToEnglishWords(n: number): string {
  assertSayable(n);
  const { crore, lakh, thousand, hundred, rest } = groups(n);
  const parts: string[] = [];
  if (crore) parts.push(englishBelowHundred(crore), "crore");
  if (lakh) parts.push(englishBelowHundred(lakh), "lakh");
  if (thousand) parts.push(englishBelowHundred(thousand), "thousand");
  if (hundred) parts.push(englishBelowHundred(hundred), "hundred");
  if (rest) parts.push(englishBelowHundred(rest));
  return parts.join(" ");
}

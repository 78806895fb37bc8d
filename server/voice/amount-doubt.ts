import { MAX_ENTRY_PAISE } from "@/lib/money/paise";

/** Why the amount said cannot be taken as heard: the engine asks "kitne rupaye?" instead. */
export type AmountDoubt = {
  heard: string;
  reason: "exponent" | "odd_comma" | "negative" | "too_many_decimals" | "over_cap";
};

const EXPONENT = /\d+(?:\.\d+)?e[+-]?\d+/i;
const NEGATIVE = /(?:^|[\s(:])([-−–]\s*(?:₹|rs\.?\s*)?\d[\d,.]*)/i;
const TOO_MANY_DECIMALS = /\d+\.\d{3,}/;
const WITH_COMMAS = /\d[\d,]*,\d+/g;
// "1,500" and "150,000" (thousands) or "1,50,000" (lakhs): anything else is a slip of the keyboard.
const WESTERN_GROUPS = /^\d{1,3}(?:,\d{3})+$/;
const INDIAN_GROUPS = /^\d{1,2}(?:,\d{2})*,\d{3}$/;

function oddComma(text: string): string | null {
  for (const [number] of text.matchAll(WITH_COMMAS)) {
    if (!WESTERN_GROUPS.test(number) && !INDIAN_GROUPS.test(number)) return number;
  }
  return null;
}

/**
 * Typed or heard forms a parser could read as some amount, but not as surely the one meant:
 * "1e20", "1,5", "-500", "12.345", or more than one entry may hold. Never clamped or rounded.
 */
export function findAmountDoubt(text: string, paise: number | null): AmountDoubt | null {
  const exponent = text.match(EXPONENT);
  if (exponent) return { heard: exponent[0], reason: "exponent" };
  const comma = oddComma(text);
  if (comma) return { heard: comma, reason: "odd_comma" };
  const negative = text.match(NEGATIVE);
  if (negative?.[1]) return { heard: negative[1].replace(/\s+/g, ""), reason: "negative" };
  const decimals = text.match(TOO_MANY_DECIMALS);
  if (decimals) return { heard: decimals[0], reason: "too_many_decimals" };
  if (paise !== null && paise > MAX_ENTRY_PAISE) return { heard: `₹${paise / 100}`, reason: "over_cap" };
  return null;
}

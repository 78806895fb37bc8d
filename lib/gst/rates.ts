import { formatScaledDecimal, scaleDecimalString } from "../money/decimal-string";

// The only rate list in the codebase: GST 2.0 slabs from 22 September 2025. Override with configuration.
const DEFAULT_GST_RATES = "0,5,18,40";
const MAX_RATE_BP = 100 * 100;

/** Parses a comma list of percentages ("0,5,18,40", "3,0.25") into sorted, unique basis points. */
export function parseGstRates(envValue: string | undefined): number[] {
  const list = envValue === undefined || envValue.trim() === "" ? DEFAULT_GST_RATES : envValue;
  const rates = list.split(",").map((entry) => parseRateToBp(entry.trim().replace(/%$/, "")));
  return [...new Set(rates)].sort((a, b) => a - b);
}

function parseRateToBp(text: string): number {
  const scaled = scaleDecimalString(text, 2);
  if (!scaled.ok) {
    throw new RangeError(
      scaled.reason === "precision"
        ? `GST rate "${text}" has more than 2 decimal places`
        : `GST rate "${text}" is not a number`,
    );
  }
  if (scaled.value > BigInt(MAX_RATE_BP)) throw new RangeError(`GST rate "${text}" is above 100%`);
  return Number(scaled.value);
}

export function formatRateBp(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0)
    throw new RangeError(`Rate must be non-negative basis points, got ${bp}`);
  return `${formatScaledDecimal(bp, 2, true)}%`;
}

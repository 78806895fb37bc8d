import { formatScaledDecimal, numberToDecimalText, scaleDecimalString } from "./decimal-string";

/** ₹1 crore: the largest single khata entry the app accepts. */
export const MAX_ENTRY_PAISE = 1_00_00_000 * 100;

export class InvalidAmountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidAmountError";
  }
}

const CURRENCY_PREFIX = /^(?:₹|rs\.?|inr)\s*/i;
// "500/-" is how amounts are commonly written on Indian bills.
const CURRENCY_SUFFIX = /\s*(?:₹|rs\.?|inr|\/-)$/i;
// Commas must follow Indian (1,23,456) or international (123,456) grouping, so "1,5" is not read as 15.
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})*,\d{3}$/;
const INTERNATIONAL_GROUPING = /^\d{1,3}(?:,\d{3})+$/;

function removeGrouping(text: string): string {
  const [whole = "", ...rest] = text.split(".");
  if (!whole.includes(",")) return text;
  if (!INDIAN_GROUPING.test(whole) && !INTERNATIONAL_GROUPING.test(whole)) {
    throw new InvalidAmountError(`"${text}" has misplaced commas`);
  }
  return [whole.replaceAll(",", ""), ...rest].join(".");
}

export function parseAmountToPaise(input: string | number): number {
  const raw = typeof input === "number" ? numberToDecimalText(input) : input;
  if (raw === null) throw new InvalidAmountError("Amount is not a number");
  const text = raw.trim().replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "").trim();
  if (text === "") throw new InvalidAmountError("Amount is empty");
  if (text.startsWith("-")) throw new InvalidAmountError("Amount cannot be negative");
  const scaled = scaleDecimalString(removeGrouping(text), 2);
  if (!scaled.ok) {
    throw new InvalidAmountError(
      scaled.reason === "precision"
        ? `"${raw}" has more than 2 decimal places; paise are the smallest unit`
        : `"${raw}" is not a valid amount`,
    );
  }
  if (scaled.value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidAmountError("Amount is too large");
  return Number(scaled.value);
}

function assertPaise(paise: number): void {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`Paise must be a safe integer, got ${paise}`);
}

/** "1234.50": the plain form UPI links and CSV exports need. */
export function paiseToDecimalString(paise: number): string {
  assertPaise(paise);
  return formatScaledDecimal(paise, 2, false);
}

const INR_CURRENCY = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" });
const INR_PLAIN = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// Formatting the exact decimal string (not paise / 100) keeps large values free of float error.
export function formatInr(paise: number): string {
  return INR_CURRENCY.format(paiseToDecimalString(paise) as Intl.StringNumericLiteral);
}

export function formatInrPlain(paise: number): string {
  return INR_PLAIN.format(paiseToDecimalString(paise) as Intl.StringNumericLiteral);
}

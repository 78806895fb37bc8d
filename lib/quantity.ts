import { formatScaledDecimal, numberToDecimalText, scaleDecimalString } from "./money/decimal-string";

export class InvalidQuantityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidQuantityError";
  }
}

/** "1.5" → 1500 (thousandths, so grams and millilitres stay integers). */
export function parseQuantityToMilli(input: string | number): number {
  const raw = typeof input === "number" ? numberToDecimalText(input) : input;
  if (raw === null) throw new InvalidQuantityError("Quantity is not a number");
  const text = raw.trim();
  if (text === "") throw new InvalidQuantityError("Quantity is empty");
  if (text.startsWith("-")) throw new InvalidQuantityError("Quantity cannot be negative");
  const scaled = scaleDecimalString(text, 3);
  if (!scaled.ok) {
    throw new InvalidQuantityError(
      scaled.reason === "precision"
        ? `"${raw}" has more than 3 decimal places`
        : `"${raw}" is not a valid quantity`,
    );
  }
  if (scaled.value === 0n) throw new InvalidQuantityError("Quantity must be more than zero");
  if (scaled.value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidQuantityError("Quantity is too large");
  return Number(scaled.value);
}

export function formatQuantity(milli: number): string {
  if (!Number.isSafeInteger(milli))
    throw new RangeError(`Quantity must be an integer of thousandths, got ${milli}`);
  return formatScaledDecimal(milli, 3, true);
}

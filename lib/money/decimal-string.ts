export type ScaledDecimal = { ok: true; value: bigint } | { ok: false; reason: "format" | "precision" };

const DECIMAL_PATTERN = /^(\d*)(?:\.(\d*))?$/;

/**
 * Converts an unsigned decimal string ("12.5") to an integer scaled by 10^scale (12.5, 2 → 1250n)
 * with pure string arithmetic, so "0.29" never turns into 28.999… the way float multiply does.
 */
export function scaleDecimalString(text: string, scale: number): ScaledDecimal {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return { ok: false, reason: "format" };
  const whole = match[1] ?? "";
  // Trailing zeros carry no precision, so "1.500" is accepted as 1.5.
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (whole === "" && (match[2] ?? "") === "") return { ok: false, reason: "format" };
  if (fraction.length > scale) return { ok: false, reason: "precision" };
  const wholeValue = BigInt(whole === "" ? "0" : whole) * 10n ** BigInt(scale);
  const fractionValue = BigInt(fraction.padEnd(scale, "0") || "0");
  return { ok: true, value: wholeValue + fractionValue };
}

/** Inverse of scaleDecimalString; `trimZeros` gives "1.5" instead of "1.50". */
export function formatScaledDecimal(value: bigint | number, scale: number, trimZeros: boolean): string {
  const big = BigInt(value);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (trimZeros) fraction = fraction.replace(/0+$/, "");
  const body = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative ? `-${body}` : body;
}

/** String(n) of a finite number, or null; exponent forms fail the decimal pattern later. */
export function numberToDecimalText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  return Object.is(value, -0) ? "0" : String(value);
}

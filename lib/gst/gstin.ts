import { isValidStateCode } from "./states";

const CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const GSTIN_SHAPE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

export function normalizeGstin(value: string): string {
  return value.trim().toUpperCase();
}

/** Mod-36 Luhn check character over the first 14 characters of a GSTIN. */
export function gstinCheckChar(first14: string): string {
  if (first14.length !== 14) throw new RangeError("GSTIN check character needs exactly 14 characters");
  let sum = 0;
  for (let index = 0; index < 14; index++) {
    const value = CHARSET.indexOf(first14.charAt(index));
    if (value < 0) throw new RangeError(`Invalid GSTIN character "${first14.charAt(index)}"`);
    const product = value * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return CHARSET.charAt((36 - (sum % 36)) % 36);
}

export function isValidGstin(value: string): boolean {
  const gstin = normalizeGstin(value);
  if (!GSTIN_SHAPE.test(gstin)) return false;
  if (!isValidStateCode(gstin.slice(0, 2))) return false;
  return gstinCheckChar(gstin.slice(0, 14)) === gstin.charAt(14);
}

export function gstinStateCode(gstin: string): string {
  return normalizeGstin(gstin).slice(0, 2);
}

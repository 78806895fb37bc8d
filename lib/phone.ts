const DEVANAGARI_ZERO = 0x0966;
const INDIAN_MOBILE = /^[6-9]\d{9}$/;

function toAsciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
}

/** Any common way of writing an Indian mobile number → E.164 "+919876543210", or null. */
export function normalizeIndianMobile(input: string): string | null {
  const compact = toAsciiDigits(input).replace(/[\s().-]/g, "");
  let national: string;
  if (compact.startsWith("+")) {
    if (!compact.startsWith("+91")) return null;
    national = compact.slice(3);
  } else if (compact.length === 14 && compact.startsWith("0091")) {
    national = compact.slice(4);
  } else if (compact.length === 12 && compact.startsWith("91")) {
    national = compact.slice(2);
  } else if (compact.length === 11 && compact.startsWith("0")) {
    national = compact.slice(1);
  } else {
    national = compact;
  }
  return INDIAN_MOBILE.test(national) ? `+91${national}` : null;
}

/** "+91 98765 43210"; input that is not an Indian mobile is returned trimmed, unchanged. */
export function formatIndianMobile(e164: string): string {
  const normalized = normalizeIndianMobile(e164);
  if (normalized === null) return e164.trim();
  return `+91 ${normalized.slice(3, 8)} ${normalized.slice(8)}`;
}

/** The digits wa.me expects: country code and number, no "+". */
export function waMeNumber(e164: string): string {
  const normalized = normalizeIndianMobile(e164);
  if (normalized === null) throw new RangeError(`"${e164}" is not an Indian mobile number`);
  return normalized.slice(1);
}

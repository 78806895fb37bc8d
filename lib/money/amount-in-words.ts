const ONES = (
  "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen " +
  "Sixteen Seventeen Eighteen Nineteen"
).split(" ");
const TENS = ["", "", ..."Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split(" ")];

const MAX_RUPEES = 99_999 * 1_00_00_000 + 99_99_999;

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? "";
  const tens = TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? tens : `${tens} ${ONES[n % 10]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} Hundred`);
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(" ");
}

/** Indian grouping: crore (10^7), lakh (10^5), thousand, hundreds; the crore count recurses. */
function positiveInWords(n: number): string {
  const crores = Math.floor(n / 1_00_00_000);
  const lakhs = Math.floor((n % 1_00_00_000) / 1_00_000);
  const thousands = Math.floor((n % 1_00_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (crores > 0) parts.push(`${positiveInWords(crores)} Crore`);
  if (lakhs > 0) parts.push(`${belowHundred(lakhs)} Lakh`);
  if (thousands > 0) parts.push(`${belowHundred(thousands)} Thousand`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(" ");
}

export function numberInIndianWords(n: number): string {
  return n === 0 ? "Zero" : positiveInWords(n);
}

/**
 * "Rupees One Lakh Twenty Thousand and Fifty Paise Only". Below ₹1 the rupee part is omitted
 * ("Five Paise Only"), as printed on Indian invoices.
 */
export function amountInWords(paise: number): string {
  if (!Number.isSafeInteger(paise) || paise < 0) {
    throw new RangeError(`Amount in words needs a non-negative integer of paise, got ${paise}`);
  }
  const rupees = Math.floor(paise / 100);
  const paiseRest = paise % 100;
  if (rupees > MAX_RUPEES) throw new RangeError("Amount in words supports at most 99,999 crore rupees");
  if (rupees === 0 && paiseRest > 0) return `${belowHundred(paiseRest)} Paise Only`;
  const rupeeWords = `Rupees ${numberInIndianWords(rupees)}`;
  if (paiseRest === 0) return `${rupeeWords} Only`;
  return `${rupeeWords} and ${belowHundred(paiseRest)} Paise Only`;
}

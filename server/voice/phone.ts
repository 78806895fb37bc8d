import { normalizeIndianMobile } from "@/lib/phone";
import type { Token } from "./tokenize";

export interface PhoneMention {
  /** Ten digits, no country code. */
  phone: string;
  start: number;
  end: number;
}

/** An Indian mobile said as one or several digit groups ("98765 43210", "+91 98765-43210", "0 98765…"). */
export function findPhone(tokens: readonly Token[]): PhoneMention | null {
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start];
    const plus = first?.raw === "+";
    let digits = plus ? "+" : "";
    for (let end = plus ? start + 1 : start; end < tokens.length; end++) {
      const group = tokens[end]?.digits;
      if (group === undefined || digits.length + group.length > 14) break;
      digits += group;
      const normalized = normalizeIndianMobile(digits);
      const next = tokens[end + 1]?.digits;
      // Take the longest reading so "98765 43210" is not cut at a shorter valid prefix.
      if (normalized !== null && (next === undefined || normalizeIndianMobile(digits + next) === null)) {
        return { phone: normalized.slice(3), start, end: end + 1 };
      }
    }
  }
  return null;
}

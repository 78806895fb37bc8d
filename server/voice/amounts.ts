import { CURRENCY_WORDS, PAISE_WORDS } from "./lexicon/keywords";
import type { NumberSpan } from "./numbers";
import type { Token } from "./tokenize";

export interface AmountMention {
  paise: number;
  start: number;
  end: number;
  /** Said with ₹, rs, rupaye… rather than a bare number. */
  marked: boolean;
}

function currencyBefore(tokens: readonly Token[], start: number): number {
  let index = start - 1;
  if (tokens[index]?.raw === ".") index--;
  const token = tokens[index];
  return token !== undefined && (token.raw === "₹" || CURRENCY_WORDS.has(token)) ? index : -1;
}

/**
 * The money said: the first number marked as rupees, else the first bare number that is not a lone
 * "ek". "500 rupaye 50 paise" → 50050; "50 paise" → 50 (a bare "500 paise" is read as rupees: in
 * speech "paise" usually just means money).
 */
export function findAmount(
  tokens: readonly Token[],
  numbers: readonly NumberSpan[],
  usable: (index: number) => boolean,
): AmountMention | null {
  const mentions: AmountMention[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const span = numbers[i] as NumberSpan;
    if (!usable(span.start)) continue;
    const lead = currencyBefore(tokens, span.start);
    const after = tokens[span.end];
    let end = span.end;
    let paise = Math.round(span.value * 100);
    let marked = lead >= 0;
    if (CURRENCY_WORDS.has(after) || after?.raw === "/") {
      marked = true;
      end++;
      const change = numbers[i + 1];
      if (change?.start === end && PAISE_WORDS.has(tokens[change.end]) && change.value < 100) {
        paise += Math.round(change.value);
        end = change.end + 1;
        i++;
      }
    } else if (PAISE_WORDS.has(after)) {
      marked = true;
      end++;
      if (span.value < 100 && Number.isInteger(span.value)) paise = span.value;
    }
    if ((!marked && span.loneOne) || !Number.isSafeInteger(paise)) continue;
    mentions.push({ paise, start: lead >= 0 ? lead : span.start, end, marked });
  }
  return mentions.find((mention) => mention.marked) ?? mentions[0] ?? null;
}

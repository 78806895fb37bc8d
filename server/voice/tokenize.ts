import { devanagariToLatin } from "../search/transliterate";
import { BoundedCache } from "./bounded-cache";

export type TokenKind = "word" | "number" | "sep" | "symbol";

export interface Token {
  index: number;
  kind: TokenKind;
  /** As said (original script and case). */
  raw: string;
  /** Latin, lowercase, no diacritics: Devanagari is transliterated so both scripts share one lexicon. */
  norm: string;
  /** A looser spelling key for lexicon lookups (udhaar/udhar, cheeni/chini). */
  loose: string;
  /** Number tokens: the value; a digit-only string for phone detection; "1st"-style ordinals. */
  value?: number;
  digits?: string;
  ordinal?: boolean;
  deva: boolean;
}

const DEVANAGARI_ZERO = 0x0966;
// One alternation, no nested quantifiers: linear time on any input.
const TOKEN = /(\d+(?:,\d+)*(?:\.\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(['’]s\b)|([,;:.!?।|/&+₹])/gu;
const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);

export function looseKey(norm: string): string {
  return norm
    .replace(/ee/g, "i")
    .replace(/oo/g, "u")
    .replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1");
}

const normalized = new BoundedCache<string, string>(50_000);

export function normalizeWord(raw: string): string {
  return normalized.get(raw, transliterateWord);
}

function transliterateWord(raw: string): string {
  return devanagariToLatin(raw)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`]/g, "");
}

function wordToken(index: number, raw: string): Token {
  const norm = normalizeWord(raw);
  return { index, kind: "word", raw, norm, loose: looseKey(norm), deva: /[\u0900-\u097F]/.test(raw) };
}

/** Splits an utterance into words, numbers and separators; "5k" → 5, k and "1st" → ordinal 1. */
export function tokenize(text: string): Token[] {
  const source = text
    .normalize("NFC")
    .replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of source.matchAll(TOKEN)) {
    const [whole, number, word, possessive, sep] = match;
    const start = match.index ?? 0;
    const attached = start === previousEnd;
    previousEnd = start + whole.length;
    const last = tokens[tokens.length - 1];
    const index = tokens.length;
    if (number !== undefined) {
      const plain = number.replaceAll(",", "");
      tokens.push({
        index,
        kind: "number",
        raw: number,
        norm: plain,
        loose: plain,
        value: Number(plain),
        digits: /^\d+$/.test(number) ? number : undefined,
        deva: false,
      });
    } else if (word !== undefined) {
      const owner = /^(.+)['’]s$/iu.exec(word)?.[1];
      if (owner !== undefined) {
        tokens.push(wordToken(index, owner));
        tokens.push({ index: index + 1, kind: "word", raw: "'s", norm: "'s", loose: "'s", deva: false });
        continue;
      }
      const token = wordToken(index, word);
      if (attached && last?.kind === "number" && ORDINAL_SUFFIX.has(token.norm)) {
        last.ordinal = true;
        continue;
      }
      tokens.push(token);
    } else if (possessive !== undefined) {
      tokens.push({ index, kind: "word", raw: possessive, norm: "'s", loose: "'s", deva: false });
    } else if (sep !== undefined) {
      const kind = sep === "₹" || sep === "+" ? "symbol" : "sep";
      tokens.push({ index, kind, raw: sep, norm: sep, loose: sep, deva: false });
    }
  }
  return tokens;
}

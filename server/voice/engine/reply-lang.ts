import { formatInr } from "@/lib/money/paise";
import type { Language } from "../types";

/**
 * The language of a reply. "hi" is Hinglish in Latin script, for a merchant who wrote or spoke
 * romanised Hindi; "deva" is Hindi in Devanagari, for one who wrote Devanagari (or whose
 * recogniser did): each reads back in the script they used.
 */
export type Lang = "en" | "hi" | "deva";

const REPLY_LANG: Record<Language, Lang> = { en: "en", "hi-Latn": "hi", "hi-Deva": "deva" };

// A stored turn's language comes back from a text column cast to Language: a value the parser
// does not write gets the Hinglish it always got, never an undefined reply.
export const replyLang = (language: Language): Lang => REPLY_LANG[language] ?? "hi";

/**
 * The sentence for this language. Every reply goes through here with all three written out, so a
 * reply missing its Devanagari (or any other) wording is a type error, not a silent fallback.
 */
export function pick<T>(lang: Lang, variants: Record<Lang, T>): T {
  return variants[lang];
}

/** "₹1,200" for whole rupees, "₹1,200.50" otherwise (Western digits in every language). */
export function money(paise: number): string {
  return formatInr(paise).replace(/\.00$/, "");
}

// Written out rather than taken from Intl's "hi-IN" data, so a Node built without full ICU
// cannot turn a Devanagari reply back into "Dec".
const DEVA_MONTHS = [
  "जनवरी",
  "फ़रवरी",
  "मार्च",
  "अप्रैल",
  "मई",
  "जून",
  "जुलाई",
  "अगस्त",
  "सितंबर",
  "अक्टूबर",
  "नवंबर",
  "दिसंबर",
] as const;

/** "दिसंबर" for an IST day "2026-12-02". */
export function devaMonth(day: string): string {
  return DEVA_MONTHS[Number(day.split("-")[1]) - 1] ?? "";
}

/** "2 Dec" for an IST day "2026-12-02"; "2 दिसंबर" in a Devanagari reply. */
export function dayLabel(day: string, lang: Lang = "en"): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  if (lang === "deva") return `${date} ${devaMonth(day)}`;
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString("en-IN", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

/** "A or B", "A, B or C"; "A या B" in Devanagari. */
export function orList(lang: Lang, names: readonly string[]): string {
  const joiner = pick(lang, { en: " or ", hi: " ya ", deva: " या " });
  if (names.length <= 2) return names.join(joiner);
  return `${names.slice(0, -1).join(", ")}${joiner}${names.at(-1)}`;
}

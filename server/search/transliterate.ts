import {
  CONSONANTS,
  DEVANAGARI_DIGIT_ZERO,
  DEVANAGARI_WORD,
  INDEPENDENT_VOWELS,
  LABIALS,
  NASALS,
  NUKTA,
  NUKTA_FORMS,
  OTHER_SIGNS,
  VIRAMA,
  VOWEL_SIGNS,
} from "./devanagari-tables";

type Token =
  | { kind: "consonant"; letter: string; latin: string; vowel: string; inherent: boolean }
  | { kind: "vowel"; latin: string }
  | { kind: "nasal" }
  | { kind: "sign"; latin: string };

function tokenize(word: string): Token[] {
  const chars = [...word.replace(/[\u200C\u200D]/g, "")];
  const tokens: Token[] = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? "";
    let latin = CONSONANTS[char];
    if (latin !== undefined) {
      if (chars[index + 1] === NUKTA) {
        latin = NUKTA_FORMS[char] ?? latin;
        index++;
      }
      // ज्ञ is said "gy" in Hindi, not "jn".
      if (char === "ज" && chars[index + 1] === VIRAMA && chars[index + 2] === "ञ") {
        latin = "gy";
        index += 2;
      }
      const next = chars[index + 1] ?? "";
      const sign = VOWEL_SIGNS[next];
      if (next === VIRAMA || sign !== undefined) index++;
      const vowel = next === VIRAMA ? "" : (sign ?? "a");
      const inherent = sign === undefined && next !== VIRAMA;
      tokens.push({ kind: "consonant", letter: char, latin, vowel, inherent });
      continue;
    }
    const vowel = INDEPENDENT_VOWELS[char] ?? VOWEL_SIGNS[char];
    if (vowel !== undefined) tokens.push({ kind: "vowel", latin: vowel });
    else if (NASALS.has(char)) tokens.push({ kind: "nasal" });
    else if (OTHER_SIGNS[char] !== undefined) tokens.push({ kind: "sign", latin: OTHER_SIGNS[char] ?? "" });
  }
  return tokens;
}

function bearsVowel(token: Token | undefined): boolean {
  return token?.kind === "vowel" || (token?.kind === "consonant" && token.vowel !== "");
}

/**
 * Hindi drops the inherent "a" at the end of a word (राहुल → rahul) unless it closes a conjunct
 * (इन्द्र → indra), and inside a word between V C _ C V (कमला → kamla), checked right to left.
 */
function deleteSchwas(tokens: Token[]): void {
  const lastIndex = tokens.length - 1;
  const last = tokens[lastIndex];
  const beforeLast = tokens[lastIndex - 1];
  const closesConjunct = beforeLast?.kind === "consonant" && beforeLast.vowel === "";
  if (
    last?.kind === "consonant" &&
    last.inherent &&
    !closesConjunct &&
    tokens.slice(0, lastIndex).some(bearsVowel)
  ) {
    last.vowel = "";
  }
  for (let index = lastIndex - 1; index >= 1; index--) {
    const token = tokens[index];
    if (token?.kind !== "consonant" || !token.inherent || token.vowel === "") continue;
    const next = tokens[index + 1];
    if (next?.kind === "consonant" && next.vowel !== "" && bearsVowel(tokens[index - 1])) token.vowel = "";
  }
}

function render(tokens: Token[]): string {
  return tokens
    .map((token, index) => {
      if (token.kind === "consonant") return token.latin + token.vowel;
      if (token.kind !== "nasal") return token.latin;
      // Anusvara takes the following consonant's nasal (अंबा → amba, संजय → sanjay); सिंह is "singh".
      const next = tokens[index + 1];
      if (next?.kind !== "consonant") return "n";
      if (LABIALS.has(next.letter)) return "m";
      return next.letter === "ह" ? "ng" : "n";
    })
    .join("");
}

/** Practical Devanagari → Latin for matching names typed in either script; other text passes through. */
export function devanagariToLatin(text: string): string {
  return text
    .normalize("NFC")
    .replace(DEVANAGARI_WORD, (word) => {
      const tokens = tokenize(word);
      deleteSchwas(tokens);
      return render(tokens);
    })
    .replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO))
    .replace(/[।॥॰]/g, ".");
}

// Includes spellings produced by transliterating the Devanagari forms (बहन → bahan, मैडम → maidam).
const HONORIFICS = new Set(
  (
    "ji jee bhai bhaiya bhaiyya sahab saheb saab sahib didi behen behan bahan madam maidam uncle ankal " +
    "aunty auntie anti seth sethji shri sri shree smt shrimati shrimti"
  ).split(" "),
);

/** Lowercase Latin words for matching; honorifics are dropped unless nothing else is left. */
export function searchableName(text: string): string {
  const words = devanagariToLatin(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
  const withoutHonorifics = words.filter((word) => !HONORIFICS.has(word));
  return (withoutHonorifics.length > 0 ? withoutHonorifics : words).join(" ");
}

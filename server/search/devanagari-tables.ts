export const VIRAMA = "\u094D";
export const NUKTA = "\u093C";
export const NASALS = new Set(["\u0900", "\u0901", "\u0902"]);

// biome-ignore format: lookup table laid out like the varnamala
export const CONSONANTS: Record<string, string> = {
  क: "k", ख: "kh", ग: "g", घ: "gh", ङ: "n",
  च: "ch", छ: "chh", ज: "j", झ: "jh", ञ: "n",
  ट: "t", ठ: "th", ड: "d", ढ: "dh", ण: "n",
  त: "t", थ: "th", द: "d", ध: "dh", न: "n", ऩ: "n",
  प: "p", फ: "ph", ब: "b", भ: "bh", म: "m",
  य: "y", र: "r", ऱ: "r", ल: "l", ळ: "l", ऴ: "l", व: "v",
  श: "sh", ष: "sh", स: "s", ह: "h",
};

// Nukta letters arrive decomposed after NFC (U+0958–U+095F are composition exclusions).
// biome-ignore format: lookup table
export const NUKTA_FORMS: Record<string, string> = {
  क: "q", ख: "kh", ग: "gh", ज: "z", ड: "r", ढ: "rh", फ: "f", य: "y",
};

export const LABIALS = new Set(["प", "फ", "ब", "भ", "म"]);

// Long and short vowels share one letter because names are spelled that way in Latin script.
// biome-ignore format: lookup table
export const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: "a", आ: "a", इ: "i", ई: "i", उ: "u", ऊ: "u", ऋ: "ri", ॠ: "ri", ऌ: "li", ॡ: "li",
  ऍ: "e", ऎ: "e", ए: "e", ऐ: "ai", ऑ: "o", ऒ: "o", ओ: "o", औ: "au", ॲ: "a", ॐ: "om",
};

// biome-ignore format: lookup table
export const VOWEL_SIGNS: Record<string, string> = {
  "\u093E": "a", "\u093F": "i", "\u0940": "i", "\u0941": "u", "\u0942": "u",
  "\u0943": "ri", "\u0944": "ri", "\u0962": "li", "\u0963": "li",
  "\u0945": "e", "\u0946": "e", "\u0947": "e", "\u0948": "ai",
  "\u0949": "o", "\u094A": "o", "\u094B": "o", "\u094C": "au",
};

export const OTHER_SIGNS: Record<string, string> = { "\u0903": "h", "\u093D": "" };

export const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/gu;
export const DEVANAGARI_DIGIT_ZERO = 0x0966;

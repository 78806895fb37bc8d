import type { Token } from "./tokenize";
import type { Language } from "./types";
import { WordSet } from "./word-set";

// Words that only romanised Hindi uses; English sentences with one Hindi noun ("2 kg chawal") stay English.
const HINDI_HINTS = new WordSet(
  "ne ko se ka ke ki hai hain tha diye diya mile mila jama udhaar udhar baaki baki bakaya hisaab kitna kitne",
  "karo kardo kar do likh likho dena liye liya gaya gayi aaj kal parso naya nayi banao bhejo dilana dilao yaad",
  "haan nahi nahin rehne theek bhai ji aur mein wala wapas pichhla galti sabka kis kaun dikhao batao tarikh din",
  "baad aaye aaya chukaye bheje saaman lo le",
);

/** Which script and language the merchant used, so the reply can match it. */
export function detectLanguage(tokens: readonly Token[]): Language {
  if (tokens.some((token) => token.deva)) return "hi-Deva";
  return tokens.some((token) => HINDI_HINTS.has(token)) ? "hi-Latn" : "en";
}

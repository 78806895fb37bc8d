import { matchCustomer } from "../../customers";
import { HONORIFICS, VOCABULARY } from "../../lexicon/vocabulary";
import { type Token, tokenize } from "../../tokenize";
import { WordSet } from "../../word-set";

// Said around a chosen name or ordinal, never part of it: "haan, Gupta ji wale", "pehle wala".
const FILLERS = new WordSet(
  "haan haa han ha ho wala wale wali vala vale vali waala waale waali vo voh wo woh the one yes please",
  "हाँ हां हा वाला वाले वाली वो वह",
);

// Position in the question's list, as said in Hinglish, Devanagari or English.
const ORDINALS: WordSet[] = [
  new WordSet("pehla pehle pehli pahla pahle pahli first पहला पहले पहली"),
  new WordSet("doosra doosre doosri dusra dusre dusri second दूसरा दूसरे दूसरी"),
  new WordSet("teesra teesre teesri tisra tisre tisri third तीसरा तीसरे तीसरी"),
];

/** What a bare reply to "Rahul Sharma ya Rahul Gupta?" says: a candidate, or nothing usable. */
export type Reading = { kind: "chosen"; id: string; byPosition: boolean } | { kind: "unclear" } | null;

/** The spoken words that could carry the choice: everything but honorifics, fillers and punctuation. */
function choiceWords(tokens: readonly Token[]): Token[] | null {
  const words: Token[] = [];
  for (const token of tokens) {
    if (token.kind === "sep" || token.kind === "symbol") continue;
    // A number is a new command ("500"), not a name.
    if (token.kind !== "word") return null;
    if (!HONORIFICS.has(token) && !FILLERS.has(token)) words.push(token);
  }
  return words.length > 0 ? words : null;
}

/**
 * "Rahul Gupta", "राहुल गुप्ता", "Gupta ji wale" or "doosra" → the candidate meant; a name that fits
 * none or several of them ("Rahul") → unclear; anything with command words in it → null.
 */
export function readChoice(text: string, choice: { candidates: { id: string; name: string }[] }): Reading {
  const tokens = tokenize(text);
  const words = choiceWords(tokens);
  if (!words) return null;
  const [only] = words;
  if (words.length === 1 && only) {
    const position = ORDINALS.findIndex((ordinal) => ordinal.has(only));
    if (position >= 0) {
      const picked = choice.candidates[position];
      return picked ? { kind: "chosen", id: picked.id, byPosition: true } : { kind: "unclear" };
    }
  }
  const spoken = new Set(words.map((word) => word.index));
  const match = matchCustomer(tokens, { customers: choice.candidates, products: [] }, (index) =>
    spoken.has(index),
  );
  const inName = (word: Token) => match !== null && word.index >= match.start && word.index < match.end;
  const [picked, ...others] = match?.candidates ?? [];
  if (picked && others.length === 0 && words.every(inName)) {
    return { kind: "chosen", id: picked.id, byPosition: false };
  }
  // Only name-like words (no verbs, numbers or products): an attempt at a name, so ask again.
  return words.every((word) => inName(word) || !VOCABULARY.has(word.loose)) ? { kind: "unclear" } : null;
}

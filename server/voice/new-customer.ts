import * as k from "./lexicon/keywords";
import { HONORIFICS, STOP_WORDS } from "./lexicon/vocabulary";
import type { Token } from "./tokenize";
import { WordSet } from "./word-set";

const LABELS = new WordSet(
  "naam name named called phone mobile number no mob ph contact with aur and hai h banao bana karo kar do as for",
  "add jodo save kholo open please naya new ka ke ki ko se ne wala unka iska jiska नाम नंबर फोन मोबाइल",
);

const KEYWORD_SETS = Object.values(k).filter((value): value is WordSet => value instanceof WordSet);

function titleCase(token: Token): string {
  const { raw } = token;
  if (HONORIFICS.has(token) || !/^[a-z]+$/.test(raw)) return raw;
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

/**
 * The name to create, as said: the longest run of words that are not command words
 * ("naya customer Amit Kumar 98765 43210" → "Amit Kumar"). Number words are allowed (Kamal Das).
 */
export function newCustomerName(tokens: readonly Token[], usable: (index: number) => boolean): string | null {
  const isCommandWord = (token: Token) =>
    LABELS.has(token) || STOP_WORDS.has(token) || KEYWORD_SETS.some((set) => set.has(token));
  let best: Token[] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const honorific = HONORIFICS.has(token);
    const nameWord = token.kind === "word" && usable(token.index) && (honorific || !isCommandWord(token));
    // An honorific belongs to the name it follows ("Sharma ji"), never starts one.
    if (nameWord && (!honorific || run.length > 0)) {
      run.push(token);
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
  }
  if (run.length > best.length) best = run;
  if (best.length === 0) return null;
  return best.map(titleCase).join(" ");
}

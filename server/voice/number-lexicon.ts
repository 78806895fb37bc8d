import {
  ENGLISH_MULTIPLIERS,
  ENGLISH_SMALL,
  FRACTION_PREFIXES,
  FRACTION_WORDS,
} from "./lexicon/english-numbers";
import { HINDI_MULTIPLIERS, HINDI_NUMBER_ROWS } from "./lexicon/hindi-numbers";
import { looseKey, normalizeWord } from "./tokenize";

/**
 * A word → value table looked up by exact spelling first, then by a loose spelling key. Loose keys
 * that two different values share (none today; a test guards it) are left out rather than guessed.
 */
export class WordTable {
  private readonly exact = new Map<string, number>();
  private readonly loose = new Map<string, number>();
  private readonly clashes = new Set<string>();

  add(value: number, spellings: string): this {
    for (const spelling of spellings.split(" ").filter(Boolean)) {
      const norm = normalizeWord(spelling);
      this.exact.set(norm, value);
      const key = looseKey(norm);
      const known = this.loose.get(key);
      if (known !== undefined && known !== value) this.clashes.add(key);
      else this.loose.set(key, value);
    }
    return this;
  }

  get(norm: string, loose: string): number | undefined {
    return this.exact.get(norm) ?? (this.clashes.has(loose) ? undefined : this.loose.get(loose));
  }

  /** Every loose key, for the vocabulary that is never read as a name. */
  looseKeys(): string[] {
    return [...this.loose.keys(), ...this.clashes];
  }

  clashingKeys(): string[] {
    return [...this.clashes];
  }
}

function fromRows(rows: readonly (readonly [number, string, string])[]): WordTable {
  const table = new WordTable();
  for (const [value, latin, devanagari] of rows) table.add(value, `${latin} ${devanagari}`);
  return table;
}

/** 1–99 in Hindi and 1–19 in English: a complete number below twenty/hundred. */
export const SMALL_NUMBERS = fromRows(HINDI_NUMBER_ROWS);
for (const [word, value] of Object.entries(ENGLISH_SMALL)) SMALL_NUMBERS.add(value, word);

export const MULTIPLIERS = fromRows(HINDI_MULTIPLIERS);
for (const [word, value] of Object.entries(ENGLISH_MULTIPLIERS)) MULTIPLIERS.add(value, word);

export const FRACTIONS = fromRows(FRACTION_WORDS);
export const PREFIXES = fromRows(FRACTION_PREFIXES);

/** "k", "cr" and "million" only ever follow a number; "sau", "hazaar", "lakh" can open one. */
export const NON_OPENING_MULTIPLIERS = new Set(["k", "cr", "million"]);

import { looseKey, normalizeWord, type Token } from "./tokenize";

/** A set of words in any script and common spellings, matched on the loose key. */
export class WordSet {
  readonly keys: ReadonlySet<string>;

  constructor(...lists: string[]) {
    const words = lists.join(" ").split(/\s+/).filter(Boolean);
    this.keys = new Set(words.map((word) => looseKey(normalizeWord(word))));
  }

  has(token: Token | undefined): boolean {
    return token !== undefined && token.kind === "word" && this.keys.has(token.loose);
  }
}

/** Multi-word phrases ("le gaya", "kis kis", "how much"); each listed with "|" between phrases. */
export class PhraseSet {
  private readonly phrases: string[][];

  /** Loose keys of every word in every phrase. */
  get keys(): ReadonlySet<string> {
    return new Set(this.phrases.flat());
  }

  constructor(list: string) {
    this.phrases = list
      .split("|")
      .map((phrase) =>
        phrase
          .trim()
          .split(/\s+/)
          .map((word) => looseKey(normalizeWord(word))),
      )
      .filter((words) => words.length > 0 && words[0] !== "");
  }

  /** Index where a phrase starts at or after `from` (words only, contiguous), or -1. */
  find(tokens: readonly Token[], from = 0): { start: number; end: number } | null {
    for (let start = from; start < tokens.length; start++) {
      for (const words of this.phrases) {
        if (words.every((word, offset) => tokens[start + offset]?.loose === word)) {
          return { start, end: start + words.length };
        }
      }
    }
    return null;
  }
}

import {
  type CustomerIndex,
  type Heard,
  hear,
  type IndexedCustomer,
  indexCustomers,
  type NameWord,
  similarity,
} from "./customer-index";
import { HONORIFICS, VOCABULARY } from "./lexicon/vocabulary";
import type { Token } from "./tokenize";
import type { CustomerCandidate, EntityCatalog } from "./types";

export interface CustomerMatch {
  candidates: CustomerCandidate[];
  start: number;
  end: number;
  mention: string;
}

interface Alignment {
  score: number;
  start: number;
  end: number;
  /** Utterance words the name covers, and whether every one was heard exactly or phonetically. */
  heardWords: number;
  clear: boolean;
  /** Share of the customer's name words heard. */
  coverage: number;
}

const MIN_SIMILARITY = 0.8;

/** Similarities of each name word to each heard word, computed once per parse and shared by customers. */
class Similarities {
  private readonly rows = new Map<NameWord, { values: Float64Array; best: number }>();
  /** First letters heard: every kind of match needs the same first letter or first sound. */
  private readonly initials = new Set<string>();
  private readonly silent: { values: Float64Array; best: number };

  constructor(
    readonly heard: readonly (Heard | null)[],
    readonly strict: boolean,
  ) {
    for (const entry of heard) {
      for (const text of [...(entry?.forms ?? []), ...(entry?.keys ?? [])]) this.initials.add(text.charAt(0));
    }
    this.silent = { values: new Float64Array(heard.length), best: 0 };
  }

  row(word: NameWord): { values: Float64Array; best: number } {
    if (!this.initials.has(word.word.charAt(0)) && !this.initials.has(word.key.charAt(0))) return this.silent;
    let row = this.rows.get(word);
    if (!row) {
      const values = new Float64Array(this.heard.length);
      let best = 0;
      for (let i = 0; i < this.heard.length; i++) {
        const entry = this.heard[i];
        if (entry) values[i] = similarity(word, entry, this.strict || entry.known);
        best = Math.max(best, values[i] ?? 0);
      }
      row = { values, best };
      this.rows.set(word, row);
    }
    return row;
  }

  at(word: NameWord | undefined, position: number): number {
    return word === undefined ? 0 : (this.row(word).values[position] ?? 0);
  }

  /** Whether the word was heard anywhere, so most customers are dismissed without aligning. */
  heardAnywhere(word: NameWord | undefined, threshold: number): boolean {
    return word !== undefined && this.row(word).best >= threshold;
  }
}

/** Longer spans first (Rahul Sharma over Sharma ji), then clear hearings, then more of the name. */
function compareAlignments(a: Alignment, b: Alignment): number {
  return (
    b.heardWords - a.heardWords ||
    Number(b.clear) - Number(a.clear) ||
    b.coverage - a.coverage ||
    b.score - a.score
  );
}

function tiedWith(a: Alignment, b: Alignment): boolean {
  return a.heardWords === b.heardWords && a.clear === b.clear && Math.abs(a.coverage - b.coverage) < 1e-9;
}

/** Follows the name from `first` on consecutive heard words; a middle name may be left out. */
function extend(
  customer: IndexedCustomer,
  sims: Similarities,
  position: number,
  first: number,
): Alignment | null {
  const { words } = customer;
  const start = sims.heard[position];
  if (!start || (start.known && !sims.strict)) return null;
  let total = sims.at(words[first], position);
  let word = first + 1;
  // "Mohanlal" said as one word covers two name words.
  if (sims.at(customer.pairs[first], position) >= 0.97) {
    total = 2;
    word = first + 2;
  }
  if (total < MIN_SIMILARITY) return null;
  let matched = word - first;
  let lowest = Math.min(total, 1);
  let next = position + 1;
  while (word < words.length && next < sims.heard.length && sims.heard[next]) {
    const here = sims.at(words[word], next);
    const skipping = sims.at(words[word + 1], next);
    const best = Math.max(here, skipping);
    if (best < MIN_SIMILARITY) break;
    total += best;
    lowest = Math.min(lowest, best);
    word += here >= skipping ? 1 : 2;
    matched++;
    next++;
  }
  return {
    score: total / words.length,
    start: start.index,
    end: (sims.heard[next - 1]?.index ?? start.index) + 1,
    heardWords: matched,
    clear: lowest >= 0.97,
    coverage: matched / words.length,
  };
}

function align(customer: IndexedCustomer, sims: Similarities): Alignment | null {
  let best: Alignment | null = null;
  for (let first = 0; first < customer.words.length; first++) {
    const word = customer.words[first];
    const pair = customer.pairs[first];
    if (!sims.heardAnywhere(word, MIN_SIMILARITY) && !sims.heardAnywhere(pair, 0.97)) continue;
    for (let position = 0; position < sims.heard.length; position++) {
      const found = extend(customer, sims, position, first);
      if (found && (!best || compareAlignments(found, best) < 0)) best = found;
    }
  }
  return best;
}

/** Heard words in order; honorifics are left out so a name may span them ("Rahul bhai Sharma"). */
function heardWords(tokens: readonly Token[], usable: (index: number) => boolean): (Heard | null)[] {
  const heard: (Heard | null)[] = [];
  for (const token of tokens) {
    if (HONORIFICS.has(token)) continue;
    if (token.kind !== "word" || !usable(token.index)) heard.push(null);
    else {
      const entry = hear(token);
      heard.push(entry.known && token.norm.length < 3 ? null : entry);
    }
  }
  return heard;
}

/** Customers with a name word heard somewhere (or run together with the next word). */
function candidatesFor(index: CustomerIndex, sims: Similarities): Set<IndexedCustomer> {
  const found = new Set<IndexedCustomer>();
  for (const word of index.words) {
    if (sims.heardAnywhere(word, MIN_SIMILARITY))
      for (const customer of index.byWord.get(word) ?? []) found.add(customer);
  }
  for (const entry of sims.heard) {
    for (const text of [...(entry?.forms ?? []), ...(entry?.keys ?? [])]) {
      for (const customer of index.byPair.get(text) ?? []) found.add(customer);
    }
  }
  return found;
}

function rank(index: CustomerIndex, sims: Similarities) {
  const found: { customer: IndexedCustomer; alignment: Alignment }[] = [];
  for (const customer of candidatesFor(index, sims)) {
    const alignment = align(customer, sims);
    if (alignment) found.push({ customer, alignment });
  }
  return found.sort((a, b) => compareAlignments(a.alignment, b.alignment));
}

/**
 * Which catalog customers the utterance names. Words the parser knows (verbs, numbers, products)
 * are only tried, and only exactly, when no other word sounds like a customer.
 */
export function matchCustomer(
  tokens: readonly Token[],
  catalog: EntityCatalog,
  usable: (index: number) => boolean,
): CustomerMatch | null {
  const index = indexCustomers(catalog.customers);
  const heard = heardWords(tokens, usable);
  let ranked = rank(index, new Similarities(heard, false));
  if (ranked.length === 0) ranked = rank(index, new Similarities(heard, true));
  const top = ranked[0];
  if (!top) return null;
  const tied = ranked.filter(({ alignment }) => tiedWith(top.alignment, alignment));
  return {
    candidates: tied.map(({ customer, alignment }) => ({
      id: customer.id,
      name: customer.name,
      score: Math.round(alignment.score * 100) / 100,
    })),
    start: top.alignment.start,
    end: top.alignment.end,
    mention: tokens
      .slice(top.alignment.start, top.alignment.end)
      .map((token) => token.raw)
      .join(" "),
  };
}

/** Words no lexicon explains, for a name the catalog does not know and for the DB resolver's search. */
export function unknownNameRuns(tokens: readonly Token[], usable: (index: number) => boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const nameLike =
      token.kind === "word" &&
      usable(token.index) &&
      !VOCABULARY.has(token.loose) &&
      token.norm.length >= 2 &&
      /^[a-z]+$/.test(token.norm);
    if (nameLike) run.push(token);
    else if (!(HONORIFICS.has(token) && run.length > 0)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

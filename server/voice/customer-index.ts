import { searchableName } from "../search/transliterate";
import { BoundedCache } from "./bounded-cache";
import { nameDistance } from "./edit-distance";
import { VOCABULARY } from "./lexicon/vocabulary";
import type { Token } from "./tokenize";
import { nameSoundKey as phoneticKey } from "./transliterate";
import type { EntityCatalog } from "./types";

/** One word of a customer's name; shared by every customer with that word, so it is compared once. */
export interface NameWord {
  word: string;
  key: string;
}

export interface IndexedCustomer {
  id: string;
  name: string;
  words: NameWord[];
  /** Each name word run together with the next ("mohanlal" for Mohan Lal). */
  pairs: NameWord[];
}

/** An utterance word as it may be spelled in a name ("Sharmaji" also as "sharma"). */
export interface Heard {
  index: number;
  forms: string[];
  keys: string[];
  /** A word the parser knows (verb, number, product): it never opens a name unless nothing else matched. */
  known: boolean;
}

export interface CustomerIndex {
  customers: IndexedCustomer[];
  /** Distinct name words, and who has each: only customers with a heard word are aligned. */
  words: NameWord[];
  byWord: Map<NameWord, IndexedCustomer[]>;
  /** Run-together pairs by spelling and by sound key. */
  byPair: Map<string, IndexedCustomer[]>;
}

const indexes = new WeakMap<object, CustomerIndex>();
// The same names come back in every catalog the database hands over; their keys are computed once.
const nameWords = new BoundedCache<string, string[]>(50_000);
const wordKeys = new BoundedCache<string, NameWord>(50_000);
const intern = (word: string): NameWord => wordKeys.get(word, () => ({ word, key: phoneticKey(word) }));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCustomers(catalog: EntityCatalog["customers"]): CustomerIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const byWord = new Map<NameWord, IndexedCustomer[]>();
  const byPair = new Map<string, IndexedCustomer[]>();
  const customers = catalog.map(({ id, name }) => {
    const words = nameWords.get(name, () => searchableName(name).split(" ").filter(Boolean));
    const customer = {
      id,
      name,
      words: words.map(intern),
      pairs: words.slice(1).map((next, index) => intern(`${words[index]}${next}`)),
    };
    for (const word of new Set(customer.words)) push(byWord, word, customer);
    for (const pair of customer.pairs) {
      push(byPair, pair.word, customer);
      if (pair.key !== pair.word) push(byPair, pair.key, customer);
    }
    return customer;
  });
  const index = { customers, words: [...byWord.keys()], byWord, byPair };
  indexes.set(catalog, index);
  return index;
}

const spellings = new BoundedCache<string, { forms: string[]; keys: string[] }>(50_000);

function spellingsOf(token: Token): { forms: string[]; keys: string[] } {
  const forms = [searchableName(token.raw)];
  // "Sharmaji", "Rahulbhai": an honorific run into the name.
  const joined = /^(.{3,}?)(ji|jee|bhai)$/.exec(token.norm)?.[1];
  if (joined !== undefined) forms.push(joined);
  return { forms, keys: forms.map((form) => phoneticKey(form)) };
}

export function hear(token: Token): Heard {
  const { forms, keys } = spellings.get(token.raw, () => spellingsOf(token));
  return { index: token.index, forms, keys, known: VOCABULARY.has(token.loose) };
}

/** A slip in a word of 4+ letters (two in 7+), same first sound: Kishor/Kishore, Agrawal/Agarwal. */
function fuzzy(heard: string, known: string, minLength: number): number {
  if (known.length < minLength || heard.length < minLength - 1 || heard[0] !== known[0]) return 0;
  const limit = known.length >= 7 ? 2 : 1;
  if (Math.abs(heard.length - known.length) > limit) return 0;
  const distance = nameDistance(heard, known, limit);
  return distance > limit ? 0 : distance === 1 ? 0.85 : 0.8;
}

/** 1 for the same spelling, 0.97 for the same sound, 0.8–0.85 for a small slip, else 0. */
export function similarity(name: NameWord, heard: Heard, exact: boolean): number {
  let best = 0;
  for (let i = 0; i < heard.forms.length; i++) {
    const form = heard.forms[i] ?? "";
    const key = heard.keys[i] ?? "";
    if (form === name.word) return 1;
    if (key === name.key && key.length >= 2) best = Math.max(best, 0.97);
    else if (!exact) best = Math.max(best, fuzzy(key, name.key, 4), fuzzy(form, name.word, 5));
  }
  return best;
}

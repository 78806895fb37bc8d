import { BoundedCache } from "./bounded-cache";
import { PRODUCT_GROUPS } from "./lexicon/products";
import { UNIT_ROWS } from "./lexicon/units";
import { tokenize } from "./tokenize";
import { consonantSkeleton } from "./transliterate";
import type { EntityCatalog } from "./types";

/**
 * How directly a phrase names a product: its own name or alias, a word of its own name, a lexicon
 * synonym, a synonym of one word of it. A word the shop itself typed ("Basmati" in "Basmati
 * Rice") is more specific than a lexicon synonym ("basmati" is also just rice).
 */
const Level = { Own: 0, NameWord: 1, Synonym: 2, WordSynonym: 3 } as const;
type Level = (typeof Level)[keyof typeof Level];

interface Hit {
  product: number;
  level: Level;
}

export interface ProductIndex {
  names: string[];
  ids: string[];
  phrases: Map<string, Hit[]>;
  maxWords: number;
  /** Consonant skeleton of each Latin catalog word → products, for words said in Devanagari. */
  skeletons: Map<string, number[]>;
}

function phraseKey(text: string): string {
  return tokenize(text)
    .filter((token) => token.kind === "word" || token.kind === "number")
    .map((token) => token.loose)
    .join(" ");
}

function withPlurals(key: string): string[] {
  if (!/[a-z]$/.test(key)) return [key];
  if (key.endsWith("es") && key.length > 4) return [key, key.slice(0, -2), key.slice(0, -1)];
  if (key.endsWith("s") && key.length > 3) return [key, key.slice(0, -1)];
  return [key, `${key}s`];
}

/** Lexicon groups as loose phrase keys; the first is the English canonical name. */
export const LEXICON_GROUPS: readonly string[][] = PRODUCT_GROUPS.map((group) =>
  group.split("|").map((phrase) => phraseKey(phrase.trim())),
);

/** Every spelling (with plurals) of every group → the groups it belongs to. */
const GROUPS_OF_KEY = new Map<string, number[]>();
LEXICON_GROUPS.forEach((group, index) => {
  for (const key of group.flatMap(withPlurals)) {
    const groups = GROUPS_OF_KEY.get(key) ?? [];
    if (!groups.includes(index)) groups.push(index);
    GROUPS_OF_KEY.set(key, groups);
  }
});

/** Lexicon phrase → group index, to notice shop words the catalog has no product for. */
export const LEXICON_PHRASES: ReadonlyMap<string, number> = new Map(
  [...GROUPS_OF_KEY].map(([key, groups]) => [key, groups[0] ?? 0] as const),
);
export const LEXICON_MAX_WORDS = Math.max(...LEXICON_GROUPS.flat().map((key) => key.split(" ").length));

const UNIT_KEYS = new Set(UNIT_ROWS.flatMap((row) => row[2].split(" ").map(phraseKey)));
const indexes = new WeakMap<object, ProductIndex>();

/** Contiguous word runs of a name, up to the longest lexicon phrase ("fortune mustard oil" → "mustard oil"). */
function subPhrases(key: string): string[] {
  const words = key.split(" ");
  const phrases: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + LEXICON_MAX_WORDS); end++) {
      phrases.push(words.slice(start, end).join(" "));
    }
  }
  return phrases;
}

class PhraseIndex {
  readonly phrases = new Map<string, Hit[]>();

  add(key: string, product: number, level: Level): void {
    for (const variant of withPlurals(key)) {
      const hits = this.phrases.get(variant);
      const known = hits?.find((hit) => hit.product === product);
      if (known) known.level = Math.min(known.level, level) as Level;
      else if (hits) hits.push({ product, level });
      else this.phrases.set(variant, [{ product, level }]);
    }
  }

  addGroups(groups: Iterable<number>, product: number, level: Level): void {
    for (const group of groups) for (const key of LEXICON_GROUPS[group] ?? []) this.add(key, product, level);
  }
}

interface ProductWords {
  own: string[];
  synonyms: number[];
  /** Groups named by part of a longer name ("Fortune Mustard Oil" → mustard oil, oil). */
  inside: number[];
  nameWords: string[];
}

function productWords(names: string[]): ProductWords {
  const own = names.map(phraseKey).filter(Boolean);
  const synonyms = new Set(own.flatMap(withPlurals).flatMap((key) => GROUPS_OF_KEY.get(key) ?? []));
  const nameWords = own.flatMap((key) => key.split(" "));
  const inside =
    nameWords.length < 2 ? [] : own.flatMap(subPhrases).flatMap((key) => GROUPS_OF_KEY.get(key) ?? []);
  return {
    own,
    synonyms: [...synonyms],
    inside: [...new Set(inside)].filter((group) => !synonyms.has(group)),
    nameWords:
      nameWords.length < 2 ? [] : nameWords.filter((word) => word.length >= 3 && !UNIT_KEYS.has(word)),
  };
}

const productWordCache = new BoundedCache<string, ProductWords>(20_000);

export function indexProducts(products: EntityCatalog["products"]): ProductIndex {
  const cached = indexes.get(products);
  if (cached) return cached;
  const index = new PhraseIndex();
  products.forEach((product, position) => {
    const names = [product.name, ...product.aliases];
    const words = productWordCache.get(names.join("\u0000"), () => productWords(names));
    for (const key of words.own) index.add(key, position, Level.Own);
    index.addGroups(words.synonyms, position, Level.Synonym);
    index.addGroups(words.inside, position, Level.WordSynonym);
    for (const word of words.nameWords) index.add(word, position, Level.NameWord);
  });
  const maxWords = Math.max(
    LEXICON_MAX_WORDS,
    ...[...index.phrases.keys()].map((key) => key.split(" ").length),
  );
  const result = {
    skeletons: skeletonsOf(products),
    names: products.map((product) => product.name),
    ids: products.map((product) => product.id),
    phrases: index.phrases,
    maxWords,
  };
  indexes.set(products, result);
  return result;
}

// Short skeletons ("mg", "tl") collide with ordinary words; three consonants are distinctive.
const MIN_SKELETON = 3;

function skeletonsOf(products: EntityCatalog["products"]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  products.forEach((product, position) => {
    for (const name of [product.name, ...product.aliases]) {
      for (const word of name.split(/[\s-]+/)) {
        if (!/^[A-Za-z]+$/.test(word)) continue;
        const key = consonantSkeleton(word.toLowerCase());
        if (key.length < MIN_SKELETON) continue;
        const list = map.get(key) ?? [];
        if (!list.includes(position)) list.push(position);
        map.set(key, list);
      }
    }
  });
  return map;
}

/** Lexicon words by skeleton: "बासमती" is the lexicon's "basmati" even when no Devanagari form is listed. */
export const LEXICON_SKELETONS: ReadonlyMap<string, number> = new Map(
  [...GROUPS_OF_KEY]
    .filter(([key]) => /^[a-z]+$/.test(key))
    .map(([key, groups]) => [consonantSkeleton(key), groups[0] ?? 0] as const)
    .filter(([key]) => key.length >= MIN_SKELETON)
    .reverse(),
);

export function skeletonOfToken(raw: string): string | null {
  const key = consonantSkeleton(raw);
  return key.length >= MIN_SKELETON ? key : null;
}

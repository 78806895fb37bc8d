import { ITEM_SEPARATORS } from "./lexicon/keywords";
import { VOCABULARY } from "./lexicon/vocabulary";
import type { NumberSpan } from "./numbers";
import {
  indexProducts,
  LEXICON_GROUPS,
  LEXICON_PHRASES,
  LEXICON_SKELETONS,
  type ProductIndex,
  skeletonOfToken,
} from "./product-index";
import { findQuantities, joined, onlyLinks, type Quantity, unitOf } from "./quantities";
import type { Token } from "./tokenize";
import type { EntityCatalog, ParsedItem } from "./types";
import { WordSet } from "./word-set";

interface Mention {
  start: number;
  end: number;
  /** Catalog product index, or null for a shop word the catalog does not sell. */
  product: number | null;
  alternatives: number[];
  lexiconName: string;
  /** Every product the phrase answers to, to join "basmati chawal" into one item. */
  answers: number[];
}

export interface ItemScan {
  items: ParsedItem[];
  /** Shop words heard that no catalog product answers to ("aam" with no mangoes listed). */
  unmatched: string[];
  used: Set<number>;
  /** Items said with a quantity: "2 kilo chawal" is a sale, "150 ka doodh" is an amount. */
  quantified: number;
}

const PUT_DAAL = new WordSet("daal dal");
const DAAL_VERB = new WordSet("do de dena diya diye dijiye dijie dalo daalo");

function phraseAt(tokens: readonly Token[], start: number, length: number, usable: (i: number) => boolean) {
  const words: string[] = [];
  for (let i = start; i < start + length; i++) {
    const token = tokens[i];
    if (token === undefined || !usable(i) || (token.kind !== "word" && token.kind !== "number")) return null;
    words.push(token.loose);
  }
  return words.join(" ");
}

function catalogMention(index: ProductIndex, key: string, start: number, end: number): Mention | null {
  const hits = index.phrases.get(key);
  if (!hits || hits.length === 0) return null;
  const best = Math.min(...hits.map((hit) => hit.level));
  const [first, ...rest] = hits.filter((hit) => hit.level === best).map((hit) => hit.product);
  const answers = hits.map((hit) => hit.product);
  return { start, end, product: first ?? null, alternatives: rest, lexiconName: key, answers };
}

function mentionAt(
  tokens: readonly Token[],
  start: number,
  index: ProductIndex,
  usable: (i: number) => boolean,
): Mention | null {
  for (let length = index.maxWords; length >= 1; length--) {
    const key = phraseAt(tokens, start, length, usable);
    if (key === null) continue;
    if (length === 1 && tokens[start]?.kind === "number") continue;
    const found = catalogMention(index, key, start, start + length);
    if (found) return found;
    const group = LEXICON_PHRASES.get(key);
    if (group !== undefined) {
      const name = LEXICON_GROUPS[group]?.[0] ?? key;
      // "moong dal" in a shop with only "dal": the generic last word names what the shop sells.
      for (let from = start + 1; from < start + length; from++) {
        const generic = catalogMention(
          index,
          phraseAt(tokens, from, start + length - from, usable) ?? "",
          start,
          start + length,
        );
        if (generic) return generic;
      }
      return { start, end: start + length, product: null, alternatives: [], lexiconName: name, answers: [] };
    }
  }
  return soundMention(tokens[start], index);
}

/**
 * A Devanagari word the lexicon does not list, matched by its consonant skeleton against the
 * shop's own Latin words (कोलगेट → Colgate), then against the lexicon's Latin words (बासमती →
 * basmati → rice).
 */
function soundMention(token: Token | undefined, index: ProductIndex): Mention | null {
  if (token === undefined || token.kind !== "word" || !token.deva || VOCABULARY.has(token.loose)) return null;
  const key = skeletonOfToken(token.raw);
  if (key === null) return null;
  const end = token.index + 1;
  const own = index.skeletons.get(key);
  if (own && own.length > 0) {
    const [first, ...rest] = own;
    return {
      start: token.index,
      end,
      product: first ?? null,
      alternatives: rest,
      lexiconName: key,
      answers: own,
    };
  }
  const group = LEXICON_SKELETONS.get(key);
  if (group === undefined) return null;
  const canonical = LEXICON_GROUPS[group]?.[0] ?? key;
  const found = catalogMention(index, canonical, token.index, end);
  return (
    found ?? { start: token.index, end, product: null, alternatives: [], lexiconName: canonical, answers: [] }
  );
}

/** Every product said, longest phrase first ("sarson ka tel" before "tel"). */
export function findProductMentions(
  tokens: readonly Token[],
  catalog: EntityCatalog,
  usable: (i: number) => boolean,
): Mention[] {
  const index = indexProducts(catalog.products);
  const mentions: Mention[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!usable(start) || unitOf(tokens[start]) !== undefined) continue;
    const mention = mentionAt(tokens, start, index, usable);
    // "daal do" is "put it (in the khata)", not lentils.
    if (
      mention &&
      mention.end === start + 1 &&
      PUT_DAAL.has(tokens[start]) &&
      DAAL_VERB.has(tokens[start + 1])
    )
      continue;
    if (mention) {
      // "Lux sabun", "basmati chawal": a brand and a shop word for the same product are one item.
      const previous = mentions[mentions.length - 1];
      if (
        previous &&
        previous.end === start &&
        previous.product !== null &&
        mention.product !== null &&
        (previous.product === mention.product ||
          mention.answers.includes(previous.product) ||
          previous.answers.includes(mention.product))
      ) {
        // The more specific of the two names wins ("basmati chawal" → Basmati Rice).
        if (!mention.answers.includes(previous.product)) previous.product = mention.product;
        previous.end = mention.end;
      } else mentions.push(mention);
      start = mention.end - 1;
    }
  }
  return mentions;
}

/**
 * Pairs each product with the quantity right before it ("2 kilo chawal") or, failing that, right
 * after it ("chawal 2 kilo") unless that quantity leads the next product.
 */
export function findItems(
  tokens: readonly Token[],
  numbers: readonly NumberSpan[],
  catalog: EntityCatalog,
  usable: (i: number) => boolean,
): ItemScan {
  const mentions = findProductMentions(tokens, catalog, usable);
  const quantities = findQuantities(tokens, numbers, usable);
  const taken = new Set<Quantity>();
  const used = new Set<number>();
  const items: ParsedItem[] = [];
  const unmatched: string[] = [];
  let explicit = 0;
  const index = indexProducts(catalog.products);
  // A bare number joined by "ka" is a price ("150 ka doodh"), and one after the product needs a unit.
  const before = (mention: Mention) =>
    quantities.find(
      (q) => !taken.has(q) && q.end <= mention.start && joined(tokens, q, q.end, mention.start),
    );
  const after = (mention: Mention) =>
    quantities.find(
      (q) =>
        !taken.has(q) &&
        (q.unit !== null || isCount(tokens, q)) &&
        q.start >= mention.end &&
        onlyLinks(tokens, mention.end, q.start),
    );
  // One utterance keeps one order: "2 kilo chawal, 1 litre tel" or "chawal 2 kilo tel 1 litre".
  const first = mentions[0];
  const productFirst = first !== undefined && before(first) === undefined && after(first) !== undefined;
  mentions.forEach((mention, position) => {
    const next = mentions[position + 1];
    const leadsNext = (q: Quantity | undefined) =>
      q !== undefined && next !== undefined && q.end <= next.start && onlyLinks(tokens, q.end, next.start);
    const ahead = after(mention);
    const said = productFirst
      ? (ahead ?? before(mention))
      : (before(mention) ?? (leadsNext(ahead) ? undefined : ahead));
    let quantity = said;
    if (said !== undefined) {
      taken.add(said);
      for (let i = said.start; i < said.end; i++) used.add(i);
      // "2 biscuit packets": the unit after the product.
      const trailingUnit = unitOf(tokens[mention.end]);
      if (said.unit === null && trailingUnit && usable(mention.end)) {
        quantity = { ...said, value: said.value * trailingUnit.factor, unit: trailingUnit.unit };
        used.add(mention.end);
      }
    }
    for (let i = mention.start; i < mention.end; i++) used.add(i);
    if (quantity) explicit++;
    if (mention.product === null) {
      unmatched.push(mention.lexiconName);
      return;
    }
    items.push({
      productId: index.ids[mention.product] ?? "",
      product: index.names[mention.product] ?? "",
      quantity: quantity ? Math.round(quantity.value * 1000) / 1000 : 1,
      unit: quantity?.unit ?? null,
      alternatives: mention.alternatives.map((product) => index.names[product] ?? ""),
    });
  });
  // Separators between items are explained too, so they are never read as part of a name.
  tokens.forEach((token, i) => {
    if (ITEM_SEPARATORS.has(token) && items.length > 1) used.add(i);
  });
  return { items, unmatched, used, quantified: explicit };
}

// A count said after the product ("bread 2", "…aur maggi 3"): a small whole number that ends the
// item (end of the utterance, a separator or "aur"). Prices and totals are larger or said with
// rupaye, which findQuantities already leaves to the amount.
const MAX_TRAILING_COUNT = 50;

function isCount(tokens: readonly Token[], q: Quantity): boolean {
  if (!Number.isInteger(q.value) || q.value <= 0 || q.value > MAX_TRAILING_COUNT) return false;
  const next = tokens[q.end];
  return next === undefined || next.kind === "sep" || ITEM_SEPARATORS.has(next);
}

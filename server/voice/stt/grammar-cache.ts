import { createHash } from "node:crypto";
import { BoundedCache } from "../bounded-cache";
import { buildGrammar } from "./grammar";
import { dictionaryFor, loadCmuDict } from "./pronunciations";
import type { SttHints } from "./types";

/** The two files pocketsphinx needs for one shop: the JSGF grammar and its pronunciations. */
export type ShopGrammar = { key: string; jsgf: string; dict: string };

// One entry per distinct vocabulary; a few hundred shops' worth before the cache starts over.
const grammars = new BoundedCache<string, ShopGrammar>(256);

/**
 * Keyed by the names themselves, sorted (the hints are this business's most recently active
 * customers and its products, so a payment reorders them): a new, renamed or erased customer or
 * product is in the very next grammar, while payments and invoices — which change balances, stock
 * and activity but no names — reuse the cached one.
 */
function sortedHints(hints: SttHints): SttHints {
  const sorted = (names: string[]) => [...names].sort();
  return { customerNames: sorted(hints.customerNames), productNames: sorted(hints.productNames) };
}

function grammarKey(hints: SttHints): string {
  return createHash("sha256")
    .update(JSON.stringify([hints.customerNames, hints.productNames]))
    .digest("base64url");
}

/** This shop's grammar and dictionary, built once per vocabulary. */
export async function shopGrammar(hints: SttHints): Promise<ShopGrammar> {
  const known = await loadCmuDict();
  const vocabulary = sortedHints(hints);
  return grammars.get(grammarKey(vocabulary), (key) => {
    const { jsgf, words } = buildGrammar(vocabulary);
    return { key, jsgf, dict: dictionaryFor(words, known) };
  });
}

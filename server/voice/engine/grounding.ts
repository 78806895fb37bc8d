import type { ProductUnit } from "@/lib/products/units";
import { findAmount } from "../amounts";
import { type CustomerMatch, matchCustomer } from "../customers";
import { findItems } from "../items";
import { CURRENCY_WORDS } from "../lexicon/keywords";
import { findNumbers, type NumberSpan } from "../numbers";
import { findPhone } from "../phone";
import { isUnitWord } from "../quantities";
import { type Token, tokenize } from "../tokenize";
import type { CustomerSlot, EntityCatalog, ParsedItem } from "../types";

// The LLM path may only act on what the merchant actually said: every amount, quantity, name and
// phone number it produced must be found in the transcript by the parser's own machinery.

const anywhere = () => true;
const countable = (token: Token) => isUnitWord(token) || CURRENCY_WORDS.has(token);

/** What the transcript says, read once. */
export type Heard = { tokens: Token[]; numbers: NumberSpan[]; amountsPaise: Set<number> };

export function hearTranscript(transcript: string): Heard {
  const tokens = tokenize(transcript);
  const numbers = findNumbers(tokens, { countable });
  const amountsPaise = new Set(numbers.map((span) => Math.round(span.value * 100)));
  // "500 rupaye 50 paise" is one amount, 50050.
  const marked = findAmount(tokens, numbers, anywhere);
  if (marked) amountsPaise.add(marked.paise);
  return { tokens, numbers, amountsPaise };
}

/** The amount in paise when the transcript said it ("paanch sau" = 500), else null. */
export function groundAmount(heard: Heard, amountRupees: number): number | null {
  const paise = Math.round(amountRupees * 100);
  return heard.amountsPaise.has(paise) ? paise : null;
}

function slotOf(match: CustomerMatch): CustomerSlot {
  const [only, ...others] = match.candidates;
  if (only && others.length === 0) return { kind: "matched", ...only, mention: match.mention };
  return { kind: "ambiguous", mention: match.mention, candidates: match.candidates };
}

/** Every word of `name` was said (same loose spelling key, either script). */
function wordsSaid(heard: Heard, name: string): boolean {
  const said = new Set(heard.tokens.map((token) => token.loose));
  const words = tokenize(name).filter((token) => token.kind === "word");
  return words.length > 0 && words.every((token) => said.has(token.loose));
}

/**
 * The customer the merchant named, or null when the LLM's name is not in the transcript. The
 * words of the transcript decide, not the LLM: "Rahul" said with two Rahuls stays ambiguous even
 * when the model picked one.
 */
export function groundCustomer(heard: Heard, catalog: EntityCatalog, name: string): CustomerSlot | null {
  const named = matchCustomer(tokenize(name), catalog, anywhere);
  if (!named) return wordsSaid(heard, name) ? { kind: "unknown", mention: name } : null;
  const ids = new Set(named.candidates.map((candidate) => candidate.id));
  const narrowed = { customers: catalog.customers.filter((c) => ids.has(c.id)), products: [] };
  const inTranscript = matchCustomer(heard.tokens, narrowed, anywhere);
  if (!inTranscript) return null;
  const spoken = (index: number) => index >= inTranscript.start && index < inTranscript.end;
  return slotOf(matchCustomer(heard.tokens, catalog, spoken) ?? inTranscript);
}

/** A new customer's name, when each of its words was said. */
export function groundNewName(heard: Heard, name: string): string | null {
  return wordsSaid(heard, name) ? name.trim() : null;
}

/** Ten digits when the transcript has that mobile number; undefined phone is fine (null). */
export function groundPhone(heard: Heard, phone: string | undefined): string | null | false {
  if (phone === undefined || phone.trim() === "") return null;
  const said = findPhone(heard.tokens)?.phone;
  return said !== undefined && phone.replace(/\D/g, "").endsWith(said) ? said : false;
}

export type SaidItem = { product: string; quantity: number; unit?: ProductUnit | undefined };

/**
 * The items, each a product heard in the transcript with a quantity heard there too; null when
 * any product or quantity was not said.
 */
export function groundItems(heard: Heard, catalog: EntityCatalog, items: SaidItem[]): ParsedItem[] | null {
  const spoken = findItems(heard.tokens, heard.numbers, catalog, anywhere).items;
  const grounded: ParsedItem[] = [];
  for (const item of items) {
    const named = findItems(tokenize(item.product), [], catalog, anywhere).items[0];
    const match = named && spoken.find((candidate) => candidate.productId === named.productId);
    if (!match) return null;
    if (item.quantity === match.quantity) grounded.push(match);
    else if (heard.numbers.some((span) => span.value === item.quantity)) {
      grounded.push({ ...match, quantity: item.quantity, unit: item.unit ?? match.unit });
    } else return null;
  }
  return grounded;
}

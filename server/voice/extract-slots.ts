import { type AmountMention, findAmount } from "./amounts";
import { type CustomerMatch, matchCustomer, unknownNameRuns } from "./customers";
import { type DateScan, findDate } from "./dates";
import { findItems, type ItemScan } from "./items";
import * as dates from "./lexicon/dates";
import { CURRENCY_WORDS, PAISE_WORDS, TIME_WORDS } from "./lexicon/keywords";
import { findNote, findPeriodNote, type NoteMention } from "./note";
import { findNumbers } from "./numbers";
import { findPaymentMode, type ModeMention } from "./payment-mode";
import { findPhone, type PhoneMention } from "./phone";
import { indexProducts, LEXICON_PHRASES } from "./product-index";
import { isUnitWord } from "./quantities";
import { type Role, roleOf } from "./roles";
import type { Token } from "./tokenize";
import type { EntityCatalog } from "./types";
import type { WordSet } from "./word-set";

const COUNT_WORDS: readonly WordSet[] = [
  CURRENCY_WORDS,
  PAISE_WORDS,
  TIME_WORDS,
  dates.DAY_UNIT,
  dates.WEEK_UNIT,
  dates.MONTH_UNIT,
  dates.HOUR_UNIT,
  dates.MINUTE_UNIT,
  dates.DAY_OF_MONTH,
];

export interface Slots {
  phone: PhoneMention | null;
  mode: ModeMention | null;
  match: CustomerMatch | null;
  /** Words that look like a name no catalog customer has ("Rakesh ne …"). */
  unknown: Token[] | null;
  name: { start: number; role: Role; matched: boolean } | null;
  dateScan: DateScan;
  itemScan: ItemScan;
  amount: AmountMention | null;
  /** What the entry is for ("doodh ke liye", "for the wedding order", "पिछले महीने का"). */
  note: NoteMention | null;
  /** Tokens no slot explains: where the intent keywords are. */
  free: (index: number) => boolean;
}

class Claims {
  private readonly claimed = new Set<number>();

  add(indices: Iterable<number>): void {
    for (const index of indices) this.claimed.add(index);
  }

  range(start: number, end: number): void {
    for (let index = start; index < end; index++) this.claimed.add(index);
  }

  has(index: number): boolean {
    return this.claimed.has(index);
  }
}

function phoneAt(phone: PhoneMention | null, index: number): boolean {
  return phone !== null && index >= phone.start && index < phone.end;
}

/** Picks the unknown-name run next to a role marker ("Rakesh ne …"), else the first one. */
function pickUnknown(tokens: readonly Token[], runs: Token[][]): Token[] | null {
  const withRole = runs.find((run) => {
    const start = run[0]?.index ?? 0;
    const end = (run[run.length - 1]?.index ?? 0) + 1;
    return roleOf(tokens, start, end) !== null;
  });
  return withRole ?? runs[0] ?? null;
}

/**
 * Reads every slot in an order where each step only sees what earlier steps left: phone and
 * payment mode, the customer (before numbers, so "Gaurav Das" keeps das), numbers, dates,
 * items, the amount, and last any unknown name.
 */
export function extractSlots(tokens: readonly Token[], catalog: EntityCatalog, now: Date): Slots {
  const claims = new Claims();
  const phone = findPhone(tokens);
  if (phone) claims.range(phone.start, phone.end);
  const mode = findPaymentMode(tokens);
  if (mode) claims.add(mode.indices);

  const match = matchCustomer(tokens, catalog, (index) => !claims.has(index));
  const names = new Claims();
  if (match) names.range(match.start, match.end);
  const products = indexProducts(catalog.products);
  const countable = (token: Token) =>
    isUnitWord(token) ||
    COUNT_WORDS.some((set) => set.has(token)) ||
    LEXICON_PHRASES.has(token.loose) ||
    products.phrases.has(token.loose);
  const taken = (index: number) => claims.has(index) || names.has(index);
  const periodNote = findPeriodNote(tokens, (index) => !taken(index));
  if (periodNote) claims.add(periodNote.indices);
  const numbers = findNumbers(tokens, { blocked: taken, countable });
  const dateScan = findDate(tokens, numbers, now, taken);
  claims.add(dateScan.used);
  const remaining = numbers.filter((span) => !dateScan.used.has(span.start));
  const itemScan = findItems(tokens, remaining, catalog, (index) => !taken(index));
  claims.add(itemScan.used);
  const amount = findAmount(tokens, remaining, (index) => !taken(index));
  const said = new Claims();
  for (const span of numbers) said.range(span.start, span.end);
  if (amount) said.range(amount.start, amount.end);

  const runs = match ? [] : unknownNameRuns(tokens, (index) => !claims.has(index) && !said.has(index));
  const unknown = pickUnknown(tokens, runs);
  let name: Slots["name"] = null;
  if (match) name = { start: match.start, role: roleOf(tokens, match.start, match.end), matched: true };
  else if (unknown) {
    const start = unknown[0]?.index ?? 0;
    const end = (unknown[unknown.length - 1]?.index ?? start) + 1;
    name = { start, role: roleOf(tokens, start, end), matched: false };
    names.range(start, end);
  }
  // A product word may be the reason ("doodh ke liye"), so items do not block the note.
  const notNamed = (index: number) =>
    !names.has(index) && !said.has(index) && !dateScan.used.has(index) && !phoneAt(phone, index);
  const inAmount = (index: number) => amount !== null && index >= amount.start && index < amount.end;
  const notEntity = (index: number) => !names.has(index) && !inAmount(index) && !phoneAt(phone, index);
  const note = periodNote ?? findNote(tokens, notNamed, notEntity);
  if (note) claims.add(note.indices);
  const free = (index: number) => !claims.has(index) && !names.has(index) && !said.has(index);
  return { phone, mode, match, unknown, name, dateScan, itemScan, amount, note, free };
}

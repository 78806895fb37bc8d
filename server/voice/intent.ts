import * as k from "./lexicon/keywords";
import type { Role } from "./roles";
import type { Token } from "./tokenize";
import type { Intent } from "./types";
import { WordSet } from "./word-set";

export interface IntentSignals {
  tokens: readonly Token[];
  /** Tokens that carry a keyword (not part of the name, an item or a number). */
  free: (index: number) => boolean;
  hasAmount: boolean;
  itemCount: number;
  /** A customer was named (matched, ambiguous or unknown), where, and in which role. */
  name: { start: number; role: Role; matched: boolean } | null;
  hasDate: boolean;
  hasPhone: boolean;
  hasMode: boolean;
}

export interface IntentDecision {
  intent: Intent;
  /** 0..1: how clearly the words pointed at this intent. */
  strength: number;
}

const STRONG_PAY = new Set(
  "jama jma chuka chukaya chukaye chukae chukai chukta chukti received recieved recived collected vasool vasul vasuli repaid settled cleared lautaye lautaya lautae lautai deposit deposited".split(
    " ",
  ),
);
// "likh lo", "kar diya", "jama kar lo": de/le after another verb only helps it along.
const AUXILIARY_AFTER = new WordSet(
  "kar kr likh rakh note save jama bata dikha chadha daal dal jod hata mita bana dekh",
);
const MERCHANT_SUBJECT = new Set(["maine", "mene", "humne", "i", "we", "hamne"]);

class Words {
  constructor(private readonly signals: IntentSignals) {}

  words(): Token[] {
    return this.signals.tokens.filter((token) => token.kind === "word");
  }

  first(set: WordSet): number {
    const { tokens, free } = this.signals;
    return tokens.findIndex((token, index) => free(index) && set.has(token));
  }

  /** A give/take verb that is a verb of its own, not an auxiliary ("likh lo", "kar diya"). */
  firstMainVerb(set: WordSet): number {
    const { tokens, free } = this.signals;
    return tokens.findIndex(
      (token, index) => free(index) && set.has(token) && !AUXILIARY_AFTER.has(tokens[index - 1]),
    );
  }

  has(...sets: WordSet[]): boolean {
    return sets.some((set) => this.first(set) >= 0);
  }

  all(set: WordSet): Token[] {
    return this.signals.tokens.filter((token, index) => this.signals.free(index) && set.has(token));
  }
}

function reply(w: Words): Intent | null {
  const words = w.words();
  if (words.length === 0 || words.length > 6) return null;
  const inSets = (token: Token, ...sets: WordSet[]) => sets.some((set) => set.has(token));
  if (
    words.some((t) => k.NO_WORDS.has(t)) &&
    words.every((t) => inSets(t, k.NO_WORDS, k.YES_WORDS, k.REPLY_FILLERS))
  ) {
    return "confirm_no";
  }
  if (words.some((t) => k.YES_WORDS.has(t)) && words.every((t) => inSets(t, k.YES_WORDS, k.REPLY_FILLERS))) {
    return "confirm_yes";
  }
  const said = words.map((t) => t.loose).join(" ");
  return ["kar do", "karo", "kardo", "go ahead", "ho jaye", "save karo", "save"].includes(said)
    ? "confirm_yes"
    : null;
}

function isUndo(w: Words, s: IntentSignals): boolean {
  // "delete all customers" is not an undo; it falls through to unknown.
  if (w.has(k.BULK_WORDS)) return false;
  if (w.has(k.UNDO_WORDS)) return true;
  if (w.has(k.LAST_WORDS) && w.has(k.REMOVE_WORDS)) return true;
  if (s.hasAmount) return false;
  if (w.has(k.MISTAKE_WORDS) && w.words().length > 1) return true;
  return s.name === null && k.WAPAS_LO.find(s.tokens) !== null;
}

function isAddCustomer(w: Words, s: IntentSignals): boolean {
  if (w.has(k.NEW_WORDS) && w.has(k.CUSTOMER_NOUNS)) return true;
  // "Pooja ka khata kholo" about a known customer is a request to see it.
  if (w.has(k.OPEN_WORDS) && w.has(k.KHATA_WORDS) && !s.name?.matched) return true;
  const fresh = w.all(k.NEW_WORDS).some((t) => ["naya", "nayi", "new", "नया"].includes(t.raw.toLowerCase()));
  if (fresh && w.has(k.KHATA_WORDS)) return true;
  return s.hasPhone && !s.hasAmount && w.words().some((t) => t.norm === "save");
}

function isReminder(w: Words, s: IntentSignals): boolean {
  if (w.has(k.REMIND_WORDS)) return true;
  if (w.has(k.MESSAGE_WORDS) && w.has(k.SEND_WORDS) && s.name !== null) return true;
  return w.has(k.FUTURE_PROMISE) && s.hasDate;
}

/** "Rahul ka kitna baaki hai", "sabka hisaab": asked about balances rather than recording money. */
function balance(w: Words, s: IntentSignals, moved: boolean): Intent | null {
  const asks = w.has(k.QUESTION_WORDS) || s.tokens.some((t) => t.raw === "?");
  const about = w.has(k.BALANCE_WORDS) || (w.has(k.KHATA_WORDS) && (asks || !s.hasAmount));
  const howMuch = w.has(k.HOW_MUCH) && !s.hasAmount && s.name?.matched === true;
  const possessiveQuestion = (asks && s.name?.matched === true && s.name.role === "possessive") || howMuch;
  if (!(about || possessiveQuestion) || (s.hasAmount && !asks) || (moved && !asks && !howMuch)) return null;
  if (s.name?.matched) return "get_balance";
  const everyone = w.has(k.ALL_WORDS) || k.WHO_PHRASES.find(s.tokens) !== null;
  if (everyone || w.words().some((t) => t.norm === "dues" || t.norm === "pending")) return "list_dues";
  return "get_balance";
}

/**
 * "aaj kitna paisa aaya", "kal kitna collection hua", "total kitna baaki hai": questions about
 * the whole shop (no customer, no amount), asked before any verb is read as a payment.
 */
function shopQuestion(w: Words, s: IntentSignals): Intent | null {
  if (s.hasAmount || s.name?.matched) return null;
  const asks = w.has(k.HOW_MUCH, k.QUESTION_WORDS) || s.tokens.some((t) => t.raw === "?");
  const total = w.has(k.TOTAL_WORDS);
  const owed = w.has(k.BALANCE_WORDS, k.CREDIT_WORDS) || (w.has(k.MONEY_WORDS) && total);
  if (total && owed && (asks || w.has(k.HOW_MUCH)) && !w.has(k.WHO_WORDS)) return "get_total_due";
  const collected = w.has(k.COLLECTION_WORDS) || (w.has(k.RECEIVE_WORDS, k.PAY_WORDS) && w.has(k.HOW_MUCH));
  if (collected && (asks || total) && !w.has(k.WHO_WORDS) && k.WHO_PHRASES.find(s.tokens) === null) {
    return "get_collections";
  }
  return null;
}

/** Money direction from the verbs and the customer's role: who gave to whom. */
function moneyScores(w: Words, s: IntentSignals): { pay: number; credit: number } {
  let pay = 0;
  let credit = 0;
  const role = s.name?.role ?? null;
  const nameAt = s.name?.start ?? -1;
  const merchantSpeaks = w.words().some((t) => MERCHANT_SUBJECT.has(t.norm));
  for (const token of w.all(k.PAY_WORDS)) pay += STRONG_PAY.has(token.loose) ? 4 : 3;
  if (w.has(k.RECEIVE_WORDS)) {
    if (role === "recipient") credit += 2;
    else pay += 2;
  }
  const give = w.firstMainVerb(k.GIVE_WORDS);
  if (give >= 0) {
    if (role === "agent" || role === "source") pay += 2;
    else if (role === "recipient" || merchantSpeaks) credit += 2;
    else if (nameAt >= 0 && nameAt > give) credit += 1;
    else pay += 1;
  }
  const take = w.firstMainVerb(k.TAKE_WORDS);
  if (take >= 0) {
    if (role === "source") pay += 2;
    else credit += 2;
  }
  if (k.TOOK_AWAY.find(s.tokens) !== null) credit += 3;
  if (w.has(k.RETURN_WORDS)) {
    if (role === "recipient") credit += 2;
    else pay += 2;
  }
  if (w.has(k.CREDIT_WORDS)) credit += 3;
  if (w.has(k.WRITE_WORDS)) credit += 1;
  if (w.has(k.SALE_WORDS)) credit += 2;
  if (w.has(k.ACCOUNT_WORDS) && (w.has(k.PUT_WORDS) || (s.hasAmount && pay === 0))) credit += 2;
  if (s.hasMode) pay += 1;
  return { pay, credit };
}

export function classifyIntent(signals: IntentSignals): IntentDecision {
  const w = new Words(signals);
  if (w.words().length === 0 && !signals.hasAmount) return { intent: "unknown", strength: 0 };
  const replied = reply(w);
  if (replied) return { intent: replied, strength: 0.95 };
  if (isUndo(w, signals)) return { intent: "undo_last", strength: 0.9 };
  if (isAddCustomer(w, signals)) return { intent: "add_customer", strength: 0.9 };
  if (isReminder(w, signals)) return { intent: "schedule_reminder", strength: 0.9 };
  if (signals.itemCount > 0) return { intent: "create_invoice", strength: 0.9 };
  const shop = shopQuestion(w, signals);
  if (shop) return { intent: shop, strength: 0.85 };
  const { pay, credit } = moneyScores(w, signals);
  const moved = pay > 0 || credit > 0;
  // "who has not paid", "kaun kaun le gaya": a question about everyone, not one entry.
  const asksWho = k.WHO_PHRASES.find(signals.tokens) !== null || w.has(k.WHO_WORDS);
  if (asksWho && !signals.hasAmount && !signals.name?.matched) return { intent: "list_dues", strength: 0.8 };
  const asked = balance(w, signals, moved);
  if (asked && !(moved && signals.hasAmount)) return { intent: asked, strength: 0.85 };
  if (w.has(k.INVOICE_WORDS) && !(moved && signals.hasAmount))
    return { intent: "create_invoice", strength: 0.8 };
  if (moved && pay !== credit) {
    const margin = Math.abs(pay - credit);
    const strength = margin >= 2 ? 0.9 : 0.75;
    return { intent: pay > credit ? "record_payment" : "record_credit", strength };
  }
  if (moved) return { intent: "record_payment", strength: 0.5 };
  return { intent: "unknown", strength: 0.1 };
}

import { PRODUCT_GROUPS } from "../lexicon/products";
import { looseKey } from "../tokenize";
import type { SttHints } from "./types";

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

// The spoken commands the offline recogniser listens for; the parser understands all of them.
const RULES = [
  // Two parts at most ("one lakh twenty thousand"): pocketsphinx 0.8 mis-compiles a third optional.
  "<number> = <part> [<part>];",
  `<part> = (<units> | ${TEENS.join(" | ")} | (${TENS.join(" | ")}) [<units>]) [hundred | thousand | lakh];`,
  `<units> = ${UNITS.join(" | ")};`,
  "<payment> = <name> ne <number> [rupaye | rupees] (diye | bheje | jama kiye);",
  "<credit> = <name> ko <number> [rupaye | rupees] udhaar diya;",
  "<balance> = <name> ka kitna baaki hai | <name> ka balance batao;",
];
// Replies to "Rahul Sharma ya Rahul Gupta?": a full name (a first name alone names both) or a place.
const ORDINALS = "pehla | pehle wala | doosra | teesra | first | second | third";
// Replies to "… likh doon? / bill banaun?" questions.
// "ji" is said after either; without it in the grammar "haan ji" was forced onto "nahi".
const ANSWERS = ["haan [ji]", "(nahi | nahin) [ji]", "yes", "no"];
// Only with products: a rule that refers to a missing <product> breaks the whole grammar.
const BILL_RULES = [
  "<bill> = <name> ka bill banao <item>;",
  "<item> = <quantity> [<unit>] <product>;",
  // Small whole numbers only: "two kilo" must not be heard as "two eighty two".
  `<quantity> = <units> | ${TEENS.join(" | ")} | (${TENS.join(" | ")}) | aadha | dedh | dhai;`,
  `<unit> = ${["kilo", "gram", "packet", "litre", "dozen", "bottle"].join(" | ")};`,
];
const FIXED_WORDS = [
  ...UNITS,
  ...TEENS,
  ...TENS,
  ...["hundred", "thousand", "lakh", "rupaye", "rupees", "ne", "diye", "bheje", "jama", "kiye", "ko"],
  ...["udhaar", "diya", "ka", "kitna", "baaki", "hai", "balance", "batao", "bill", "banao", "kilo"],
  ...["packet", "litre", "gram", "dozen", "bottle", "aadha", "dedh", "dhai", "aur"],
  ...["haan", "nahi", "nahin", "ji", "yes", "no"],
  ...["pehla", "pehle", "wala", "doosra", "teesra", "first", "second", "third"],
];

// Latin spellings of each shop word group ("rice | chawal | chaawal | …"), for products in the
// catalog. One spelling per sound (chawal, not also chaawal/chaval): the parser reads them all the
// same, and near-identical alternatives only make the recogniser's pick between them arbitrary.
const LATIN_GROUPS = PRODUCT_GROUPS.map((group) => {
  const bySound = new Map<string, string>();
  for (const raw of group.split("|")) {
    const phrase = raw.trim().toLowerCase();
    const sound = phrase.split(" ").map(looseKey).join(" ");
    if (/^[a-z]+( [a-z]+)*$/.test(phrase) && !bySound.has(sound)) bySound.set(sound, phrase);
  }
  return {
    spellings: [...bySound.values()],
    all: new Set(group.split("|").map((p) => p.trim().toLowerCase())),
  };
});

/** Lowercase a–z words of a name; digits and other scripts are left out (the recogniser is en-us). */
export function grammarWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1);
}

function alternatives(names: string[], firstOnly: boolean): string | null {
  const phrases = new Set<string>();
  for (const name of names) {
    const words = grammarWords(name);
    if (words.length === 0) continue;
    phrases.add(words[0] ?? "");
    if (!firstOnly && words.length > 1) phrases.add(words.slice(0, 3).join(" "));
  }
  return phrases.size > 0 ? [...phrases].join(" | ") : null;
}

/** Customers' names of two words or more (first three words), as said to answer "which one?". */
function fullNames(names: string[]): string | null {
  const phrases = new Set<string>();
  for (const name of names) {
    const words = grammarWords(name);
    if (words.length > 1) phrases.add(words.slice(0, 3).join(" "));
  }
  return phrases.size > 0 ? [...phrases].join(" | ") : null;
}

/**
 * What a merchant may call a product: its name, and the shop words of its lexicon group, so
 * "Basmati Rice" is also heard as "chawal" (the parser maps both back to the same product).
 */
export function productPhrases(productNames: string[]): string[] {
  const phrases = new Set(productNames);
  for (const name of productNames) {
    const words = grammarWords(name);
    const parts = new Set(
      words.flatMap((_, start) => [1, 2, 3].map((n) => words.slice(start, start + n).join(" "))),
    );
    for (const group of LATIN_GROUPS) {
      if ([...parts].some((part) => group.all.has(part)))
        for (const phrase of group.spellings) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** A JSGF grammar for this shop plus every word it uses (for the pronunciation dictionary). */
export function buildGrammar(hints: SttHints): { jsgf: string; words: string[] } {
  const productNames = productPhrases(hints.productNames);
  const names = alternatives(hints.customerNames, false);
  const products = alternatives(productNames, false);
  // Rules only for what this shop has: pocketsphinx 0.8 finds nothing at all if any rule is <VOID>.
  const fullNamed = fullNames(hints.customerNames);
  const commands = names ? ["<payment>", "<credit>", "<balance>", "<choice>"] : [];
  if (names && products) commands.push("<bill>");
  const choice = fullNamed
    ? [`<fullname> = ${fullNamed};`, "<choice> = <fullname> [ji] | <ordinal>;"]
    : ["<choice> = <ordinal>;"];
  const jsgf = [
    "#JSGF V1.0;",
    "grammar execora;",
    `public <command> = ${[...commands, ...ANSWERS].join(" | ")};`,
    ...(names ? [`<name> = ${names};`, ...RULES, ...choice, `<ordinal> = ${ORDINALS};`] : []),
    ...(names && products ? [`<product> = ${products};`, ...BILL_RULES] : []),
    "",
  ].join("\n");
  const words = new Set(FIXED_WORDS);
  for (const name of [...hints.customerNames, ...productNames]) {
    for (const word of grammarWords(name)) words.add(word);
  }
  return { jsgf, words: [...words].sort() };
}

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
const FIXED_WORDS = [
  ...UNITS,
  ...TEENS,
  ...TENS,
  ...["hundred", "thousand", "lakh", "rupaye", "rupees", "ne", "diye", "bheje", "jama", "kiye", "ko"],
  ...["udhaar", "diya", "ka", "kitna", "baaki", "hai", "balance", "batao", "bill", "banao", "kilo"],
  ...["packet", "litre", "haan", "nahi"],
];

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

/** A JSGF grammar for this shop plus every word it uses (for the pronunciation dictionary). */
export function buildGrammar(hints: SttHints): { jsgf: string; words: string[] } {
  const names = alternatives(hints.customerNames, false);
  const products = alternatives(hints.productNames, false);
  // Rules only for what this shop has: pocketsphinx 0.8 finds nothing at all if any rule is <VOID>.
  const commands = names ? ["<payment>", "<credit>", "<balance>"] : [];
  if (names && products) commands.push("<bill>");
  const jsgf = [
    "#JSGF V1.0;",
    "grammar execora;",
    `public <command> = ${[...commands, "haan", "nahi"].join(" | ")};`,
    ...(names ? [`<name> = ${names};`, ...RULES] : []),
    ...(names && products
      ? [
          `<product> = ${products};`,
          "<bill> = <name> ka bill banao <number> [kilo | packet | litre] <product>;",
        ]
      : []),
    "",
  ].join("\n");
  const words = new Set(FIXED_WORDS);
  for (const name of [...hints.customerNames, ...hints.productNames]) {
    for (const word of grammarWords(name)) words.add(word);
  }
  return { jsgf, words: [...words].sort() };
}

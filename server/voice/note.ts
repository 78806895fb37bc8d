import * as dates from "./lexicon/dates";
import * as k from "./lexicon/keywords";
import type { Token } from "./tokenize";
import { WordSet } from "./word-set";

/** "ke liye", "ki khatir", "ke waaste": what the money was for, said after the thing. */
const PURPOSE_HEAD = new WordSet("ke ki के की");
const PURPOSE_TAIL = new WordSet(
  "liye liya lie lia khatir khaatir vaste waste vaaste waaste लिए लिये ख़ातिर खातिर वास्ते",
);
const THIS = new WordSet("is iss this current इस");
const PERIOD_UNITS = [dates.WEEK_UNIT, dates.MONTH_UNIT, dates.DAY_UNIT];
/** Words that end a note: verbs and fillers that belong to the command, not to the reason. */
const NOT_IN_NOTE = new WordSet(
  "diye diya die dia de do dedo liye liya le lo hai he tha the thi please plz ji ne ko se aur and",
  "gave paid received got give take took is was were",
  "kar kiya kiye kari karo hua hui maine humne",
  "दिए दिये दिया दे दो लिए लिया ले लो है था थे थी ने को से और",
);
// The command's own words (udhaar, jama, diye…) are never part of the reason.
const COMMAND_WORDS = [
  k.PAY_WORDS,
  k.RECEIVE_WORDS,
  k.GIVE_WORDS,
  k.TAKE_WORDS,
  k.CREDIT_WORDS,
  k.WRITE_WORDS,
];
const MAX_NOTE_WORDS = 6;
const ARTICLES = new WordSet("the a an my our");

export interface NoteMention {
  text: string;
  indices: number[];
}

type Usable = (index: number) => boolean;

function wordAt(tokens: readonly Token[], index: number, usable: Usable): Token | undefined {
  const token = tokens[index];
  if (token?.kind !== "word" || !usable(index) || NOT_IN_NOTE.has(token)) return undefined;
  return COMMAND_WORDS.some((set) => set.has(token)) ? undefined : token;
}

function mention(tokens: readonly Token[], start: number, end: number): NoteMention {
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
  return { text: indices.map((index) => tokens[index]?.raw ?? "").join(" "), indices };
}

/** "doodh ke liye", "शादी के लिए": the words before the purpose marker, then the marker. */
function purpose(tokens: readonly Token[], usable: Usable): NoteMention | null {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!PURPOSE_HEAD.has(tokens[i]) || !PURPOSE_TAIL.has(tokens[i + 1])) continue;
    let start = i;
    while (start > 0 && i - start < MAX_NOTE_WORDS && wordAt(tokens, start - 1, usable)) start--;
    if (start < i) return mention(tokens, start, i + 2);
  }
  return null;
}

/** "for the wedding order": English puts the reason after "for". */
function forPhrase(tokens: readonly Token[], usable: Usable, spoken: Usable): NoteMention | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.norm !== "for" || !spoken(i)) continue;
    let end = i + 1;
    // "the" is also Hindi "थे" (were), so English articles are let in here only.
    const article = (index: number) => ARTICLES.has(tokens[index]) && usable(index);
    while (end < tokens.length && end - i <= MAX_NOTE_WORDS && (wordAt(tokens, end, usable) || article(end)))
      end++;
    const words = end - i - 1;
    // "for the" alone says nothing; "for Priya" is a name (not usable), so no note.
    const last = tokens[end - 1];
    if (words >= 1 && !ARTICLES.has(last)) return mention(tokens, i, end);
  }
  return null;
}

/**
 * "पिछले महीने का", "is hafte ka": which period the money settles. It is a note, not the entry's
 * date (the payment happened today), so it is read before the date scan can take it.
 */
export function findPeriodNote(tokens: readonly Token[], usable: Usable): NoteMention | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const lead = tokens[i];
    if (!usable(i) || !(dates.LAST.has(lead) || THIS.has(lead))) continue;
    if (!PERIOD_UNITS.some((unit) => unit.has(tokens[i + 1])) || !k.POSSESSIVE.has(tokens[i + 2])) continue;
    return mention(tokens, i, i + 3);
  }
  return null;
}

/**
 * What the merchant said the entry is for, kept on the entry as its note. `spoken` allows "for"
 * itself even where the number reader took it as a misheard "four" (it is not the amount).
 */
export function findNote(tokens: readonly Token[], usable: Usable, spoken: Usable): NoteMention | null {
  return purpose(tokens, usable) ?? forPhrase(tokens, usable, spoken);
}

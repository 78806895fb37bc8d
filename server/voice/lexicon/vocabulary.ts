import { FRACTIONS, MULTIPLIERS, PREFIXES, SMALL_NUMBERS } from "../number-lexicon";
import { looseKey, normalizeWord } from "../tokenize";
import { PhraseSet, WordSet } from "../word-set";
import * as dates from "./dates";
import { ENGLISH_ORDINALS, ENGLISH_TENS } from "./english-numbers";
import * as keywords from "./keywords";
import { PRODUCT_GROUPS } from "./products";
import { UNIT_ROWS } from "./units";

/** Words said around a name that are never part of it. */
export const HONORIFICS = new WordSet(
  "ji jee bhai bhaiya bhaiyya bhayya sahab saheb saab sahib didi behen behan bahan madam maidam uncle ankal",
  "aunty auntie anti seth sethji shri sri shree smt shrimati mr mrs ms miss dr bhabhi bhabi chacha chachi",
  "babu bhaiji sir mam maam जी भाई भैया साहब साब दीदी बहन मैडम अंकल आंटी सेठ श्री भाभी चाचा बाबू",
);

export const STOP_WORDS = new WordSet(
  "main mai maine mene humne hum humko hame hamein mujhe mujhko mera mere meri apna apne apni aap aapka aapke",
  "aapki tum tumhara woh wo vo voh unka unke unki unko usko uska uske uski iska iske iski isko yeh ye is us in",
  "un hai hain tha the thi thin ho hua hui hue hoga hogi gaya gayi gaye gya gye gai kiya kiye kia kie kar karo",
  "kro kardo krdo karna karni karke kariye kijiye kijie kare karein karen karwa wala wale wali waala par pe per",
  "tak bhi hi to toh aur ya or na sirf bas abhi ab jaldi zara jara thoda please plz pls yaar boss a an are was",
  "were be been it its this that these those my me i we you your his her their our on at in with via through",
  "but not yes also just only total kul naam name number phone mobile mob ph contact no amount paise paisa",
  "saman saaman samaan maal goods stuff items item cheez cheezein worth kaise kab kahan kyun ki ka ke ko ne se",
  "liye lie mein men wale vale diya hua hue ek baar fir phir dobara hello hi namaste suno sun dekho acha",
  "the mere mera hamara hamare mujhse humse usse unse inhe unhe inko unko unka sabse bahut zyada kam",
  "मैं मेरे मेरा हम है हैं था थे थी हो हुआ किया किए कर करो करना वाला वाले पर भी ही तो और या ना अभी अब",
  "walon waalon valon wala wali vale hua hue rakho rakh lo le dena",
  // English
  "money cash have has had do does did done am will would shall should can could may might must get gets",
  "getting make made let lets want wants need needs him them they he she her hers its our ours your yours",
  "what which when where why how who whom whose there here than then so such very too much many more most",
  "some any every each other another same own into onto out up down over under again once about above below",
  "between during before after since until while because if else as per all both either neither nor just",
  "now today please thanks okay ok yes no not don't dont isnt isn't wasnt payments payment dues due bill",
  "bills account accounts entry entries record note write customer customers person people guy man lady",
  "sir madam",
);

function addWordTable(keys: Set<string>, table: { looseKeys(): string[] }) {
  for (const key of table.looseKeys()) keys.add(key);
}

function buildVocabulary(): ReadonlySet<string> {
  const keys = new Set<string>();
  const sets = [...Object.values(keywords), ...Object.values(dates).flat(), HONORIFICS, STOP_WORDS].filter(
    (value): value is WordSet | PhraseSet => value instanceof WordSet || value instanceof PhraseSet,
  );
  for (const set of sets) for (const key of set.keys) keys.add(key);
  for (const table of [SMALL_NUMBERS, MULTIPLIERS, FRACTIONS, PREFIXES]) addWordTable(keys, table);
  const phrases = [...PRODUCT_GROUPS.flatMap((group) => group.split("|")), ...UNIT_ROWS.map((row) => row[2])];
  const extra = [...Object.keys(ENGLISH_TENS), ...Object.keys(ENGLISH_ORDINALS)];
  for (const word of [...phrases.flatMap((phrase) => phrase.trim().split(/\s+/)), ...extra]) {
    keys.add(looseKey(normalizeWord(word)));
  }
  return keys;
}

/** Loose keys of every word the parser knows; anything else in an utterance may be a name. */
export const VOCABULARY = buildVocabulary();

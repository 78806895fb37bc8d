import { phoneticKey } from "../search/phonetic-key";
import { devanagariToLatin } from "../search/transliterate";

/**
 * Sound keys that bridge Devanagari and Latin spellings of one word, for names and for catalog
 * words the lexicon does not list. They are rules about how the two scripts write the same
 * sound, never lists of words.
 */

/**
 * A name word's key: the shared phonetic key, plus the glide after a final vowel, which Latin
 * writes as a vowel and Devanagari as a consonant (Rao/राव "rav", Jadhao/Jadhav). A glide before
 * a vowel stays a consonant, so Rao never becomes Ravi.
 */
export function nameSoundKey(text: string): string {
  return phoneticKey(text)
    .split(" ")
    .map((word) => (word.length >= 3 ? word.replace(/([aeiu])o$/, "$1v") : word))
    .join(" ");
}

/**
 * The consonant skeleton of a word: Devanagari's inherent vowel and the Latin spelling of
 * English vowels (Colgate/कोलगेट, Basmati/बासमती, Bread/ब्रेड) disagree in vowels, seldom in
 * consonants. An initial vowel is kept as "a" so Excel/एक्सेल keep their first sound.
 */
export function consonantSkeleton(word: string): string {
  const key = phoneticKey(devanagariToLatin(word)).replaceAll(" ", "");
  const head = /^[aeiou]/.test(key) ? "a" : "";
  return head + key.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

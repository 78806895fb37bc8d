import { readFile } from "node:fs/promises";
import { letterToPhones } from "./letter-to-phone";

export const POCKETSPHINX_MODEL_DIR = "/usr/share/pocketsphinx/model/en-us";

let cmuDict: Promise<Map<string, string>> | undefined;

// ~135k entries, read once per process; only the first pronunciation of a word is kept.
export function loadCmuDict(
  path = `${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`,
): Promise<Map<string, string>> {
  cmuDict ??= readFile(/*turbopackIgnore: true*/ path, "utf8").then((text) => {
    const entries = new Map<string, string>();
    for (const line of text.split("\n")) {
      const space = line.indexOf(" ");
      if (space <= 0) continue;
      const word = line.slice(0, space);
      if (!entries.has(word)) entries.set(word, line.slice(space + 1).trim());
    }
    return entries;
  });
  return cmuDict;
}

/** A pocketsphinx dictionary for these words: CMU pronunciations, else a letter-to-phone guess. */
export async function pronunciationDict(
  words: string[],
  dictPath = `${POCKETSPHINX_MODEL_DIR}/cmudict-en-us.dict`,
) {
  return dictionaryFor(words, await loadCmuDict(dictPath));
}

// Second ways of saying the answer words. "nahi"/"nahin" are "nuh-hee" at many counters but
// "naa-high"/"naa-hin" in others (and in espeak's voice); with only the letter-to-phone guess a
// spoken "nahi" came out as "haan" — a no heard as a yes to a bill. "ji" is also said "jai".
const ALSO_SAID: Record<string, string[]> = {
  nahi: ["N AA HH AY"],
  nahin: ["N AA HH IH N", "N AA HH AY N"],
  ji: ["JH AY"],
};

/** Dictionary lines for these words, given the loaded CMU dictionary. */
export function dictionaryFor(words: string[], known: ReadonlyMap<string, string>): string {
  return words
    .flatMap((word) => [
      `${word} ${known.get(word) ?? letterToPhones(word).join(" ")}`,
      ...(ALSO_SAID[word] ?? []).map((phones, index) => `${word}(${index + 2}) ${phones}`),
    ])
    .filter((line) => line.split(" ").length > 1)
    .join("\n")
    .concat("\n");
}

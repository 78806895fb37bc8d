import { readFile } from "node:fs/promises";
import { letterToPhones } from "./letter-to-phone";

export const POCKETSPHINX_MODEL_DIR = "/usr/share/pocketsphinx/model/en-us";

let cmuDict: Promise<Map<string, string>> | undefined;

// ~135k entries, read once per process; only the first pronunciation of a word is kept.
function loadCmuDict(path: string): Promise<Map<string, string>> {
  cmuDict ??= readFile(path, "utf8").then((text) => {
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
  const known = await loadCmuDict(dictPath);
  return words
    .map((word) => `${word} ${known.get(word) ?? letterToPhones(word).join(" ")}`)
    .filter((line) => line.split(" ").length > 1)
    .join("\n")
    .concat("\n");
}

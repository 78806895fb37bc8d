import { searchableName } from "./transliterate";

// "ch" is a sound of its own; a placeholder keeps it apart from the c→s/k and h-dropping rules.
const CH = "C";

/**
 * Collapses common Latin spelling variants of one Indian name word (Shyam/Syam, Pooja/Puja,
 * Deepak/Dipak, Vikas/Wikas) to one key. Order matters: each rule sees the previous rules' output.
 */
function wordKey(word: string): string {
  let key = word
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/z/g, "j")
    .replace(/w/g, "v")
    .replace(/ch/g, CH)
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k");
  // Aspiration is spelled inconsistently (Rahul/Raul, Shyam/Syam, Bhavna/Bavna); only an initial h survives.
  key = key.charAt(0) + key.slice(1).replace(/h/g, "");
  key = key
    .replace(/ee|ii/g, "i")
    .replace(/oo|uu/g, "u")
    .replace(/ou/g, "au")
    .replace(/i+y(?=[aeiou])/g, "i")
    .replace(/(.)y$/, "$1i")
    .replace(/(.)\1+/g, "$1");
  // Sharma/Sharm, Gupta/Gupt: a final short "a" is often dropped in speech and spelling.
  if (key.length >= 3) key = key.replace(/a$/, "");
  return key.replaceAll(CH, "ch");
}

/** A spelling-insensitive key for a person's name, in Latin or Devanagari script. */
export function phoneticKey(text: string): string {
  return searchableName(text)
    .split(" ")
    .filter((word) => word !== "")
    .map(wordKey)
    .join(" ");
}

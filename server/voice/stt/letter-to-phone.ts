// A rough romanised-Hindi reading for words the CMU dictionary lacks ("udhaar", "baaki", names).
const DIGRAPHS: Record<string, string[]> = {
  aa: ["AA"],
  ee: ["IY"],
  ii: ["IY"],
  oo: ["UW"],
  ai: ["AY"],
  au: ["AW"],
  sh: ["SH"],
  ch: ["CH"],
  kh: ["K"],
  gh: ["G"],
  th: ["T"],
  dh: ["D"],
  bh: ["B"],
  ph: ["F"],
  jh: ["JH"],
  ng: ["NG"],
};
const LETTERS: Record<string, string[]> = {
  a: ["AH"],
  b: ["B"],
  c: ["K"],
  d: ["D"],
  e: ["EY"],
  f: ["F"],
  g: ["G"],
  h: ["HH"],
  i: ["IH"],
  j: ["JH"],
  k: ["K"],
  l: ["L"],
  m: ["M"],
  n: ["N"],
  o: ["OW"],
  p: ["P"],
  q: ["K"],
  r: ["R"],
  s: ["S"],
  t: ["T"],
  u: ["UH"],
  v: ["V"],
  w: ["W"],
  x: ["K", "S"],
  y: ["Y"],
  z: ["Z"],
};

/** Phones for a lowercase a–z word; a final "a" is long, as in "diya", "priya". */
export function letterToPhones(word: string): string[] {
  const phones: string[] = [];
  let index = 0;
  while (index < word.length) {
    const pair = DIGRAPHS[word.slice(index, index + 2)];
    if (pair) {
      phones.push(...pair);
      index += 2;
      continue;
    }
    const letter = word[index] ?? "";
    const last = index === word.length - 1 && index > 0;
    // "diye", "priya", "baaki": an i before y or at the end is long.
    const longI = letter === "i" && (last || word[index + 1] === "y");
    phones.push(...(letter === "a" && last ? ["AA"] : longI ? ["IY"] : (LETTERS[letter] ?? [])));
    index += 1;
  }
  return phones;
}

const SOFT = new Set("aeiouyhw");

/**
 * Edit distance between two spelling keys where vowel slips (Kishor/Kishore, Verma/Varma) and
 * swapped neighbours (Agrawal/Agarwal) cost 1 but a changed consonant costs 2, because
 * Rakesh and Rajesh are two people. Returns limit + 1 as soon as the limit must be exceeded.
 */
function indel(char: string | undefined): number {
  return char !== undefined && SOFT.has(char) ? 1 : 2;
}

export function nameDistance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous.push((previous[j - 1] ?? 0) + indel(b[j - 1]));
  for (let i = 1; i <= a.length; i++) {
    const current = [(previous[0] ?? 0) + indel(a[i - 1])];
    let rowMin = current[0] ?? 0;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? "";
      const y = b[j - 1] ?? "";
      const substitution = x === y ? 0 : SOFT.has(x) && SOFT.has(y) ? 1 : 2;
      let value = Math.min(
        (previous[j] ?? 0) + indel(x),
        (current[j - 1] ?? 0) + indel(y),
        (previous[j - 1] ?? 0) + substitution,
      );
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y)
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

import { findDate } from "./dates";
import { findNumbers } from "./numbers";
import { tokenize } from "./tokenize";

/**
 * The day a customer's reply promises payment on ("Friday ko dunga", "kal de dunga", "10 tarikh
 * tak"), read with the voice parser's own date code: IST "YYYY-MM-DD", or null when none is said.
 */
export function promisedDate(text: string, now: Date): string | null {
  const tokens = tokenize(text.slice(0, 500));
  const scan = findDate(tokens, findNumbers(tokens), now);
  return scan.date?.resolve("future") ?? null;
}

import { parseQuantityToMilli } from "@/lib/quantity";

/** "1.5" → 1500 thousandths; null when it is not a positive quantity. */
export function milliFromInput(text: string): number | null {
  try {
    return parseQuantityToMilli(text);
  } catch {
    return null;
  }
}

/** "chawal, चावल ,rice" → ["chawal", "चावल", "rice"]. */
export function aliasesFromInput(text: string): string[] {
  return text
    .split(",")
    .map((alias) => alias.trim())
    .filter((alias) => alias !== "");
}

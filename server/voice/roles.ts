import { AGENT, EN_FOR, EN_FROM, EN_TO, POSSESSIVE, RECIPIENT, SOURCE } from "./lexicon/keywords";
import { HONORIFICS } from "./lexicon/vocabulary";
import type { Token } from "./tokenize";

/** The customer's part in the sentence, from the postposition after the name or the preposition before it. */
export type Role = "agent" | "recipient" | "source" | "possessive" | null;

export function roleOf(tokens: readonly Token[], start: number, end: number): Role {
  let after = end;
  while (HONORIFICS.has(tokens[after])) after++;
  const next = tokens[after];
  if (AGENT.has(next)) return "agent";
  if (RECIPIENT.has(next)) return "recipient";
  if (SOURCE.has(next)) return "source";
  if (POSSESSIVE.has(next)) return "possessive";
  const previous = tokens[start - 1];
  if (EN_FROM.has(previous)) return previous?.norm === "by" ? "agent" : "source";
  if (EN_TO.has(previous)) return "recipient";
  if (EN_FOR.has(previous)) return "possessive";
  return null;
}

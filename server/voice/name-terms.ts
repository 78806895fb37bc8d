import { unknownNameRuns } from "./customers";
import { findPhone } from "./phone";
import { tokenize } from "./tokenize";

/**
 * The words of an utterance that could be a customer's name (everything the lexicons do not
 * explain), for a database resolver to narrow 100k customers to a small catalog with pg_trgm
 * before parseCommand runs: "Rahul bhai ne 500 diye" → ["Rahul"].
 */
export function nameSearchTerms(text: string): string[] {
  const tokens = tokenize(text);
  const phone = findPhone(tokens);
  const usable = (index: number) => !phone || index < phone.start || index >= phone.end;
  return unknownNameRuns(tokens, usable).map((run) => run.map((token) => token.raw).join(" "));
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CliResult, toCliResult } from "../cli-result";
import { parseCommand } from "../parse-command";
import type { EntityCatalog } from "../types";

type Expected = Omit<CliResult, "confidence">;

interface CorpusCase {
  say: string;
  /** `note` may be left out: no note is expected then. */
  expect: Omit<Expected, "note"> & { note?: string | null };
  /** The name is shared by several customers: no customer, and a confidence below 0.7. */
  ambiguous?: boolean;
  now?: string;
}

interface CorpusFile {
  description: string;
  now: string;
  customers: string[];
  products: string[];
  cases: CorpusCase[];
}

export interface CaseResult {
  file: string;
  say: string;
  expected: Expected;
  actual: CliResult;
  passed: boolean;
  intentPassed: boolean;
}

export const AMBIGUOUS_CONFIDENCE_BELOW = 0.7;

function catalogOf(file: CorpusFile): EntityCatalog {
  return {
    customers: file.customers.map((name, index) => ({ id: `c${index + 1}`, name })),
    products: file.products.map((name, index) => ({ id: `p${index + 1}`, name, aliases: [] })),
  };
}

/** Runs every utterance of every corpus file through the parser, in the CLI's output shape. */
export function runCorpus(directory = import.meta.dirname): CaseResult[] {
  const results: CaseResult[] = [];
  for (const name of readdirSync(directory)
    .filter((entry) => entry.endsWith(".json"))
    .sort()) {
    const file = JSON.parse(readFileSync(path.join(directory, name), "utf8")) as CorpusFile;
    const catalog = catalogOf(file);
    for (const entry of file.cases) {
      const now = new Date(entry.now ?? file.now);
      const actual = toCliResult(parseCommand(entry.say, { now, catalog }));
      const { confidence, ...slots } = actual;
      const confident = !entry.ambiguous || confidence < AMBIGUOUS_CONFIDENCE_BELOW;
      // In the CLI's key order, so the comparison is of values, not of how the JSON was written.
      const { intent, customer, amountPaise, items, date, phone, note = null } = entry.expect;
      const expected: Expected = { intent, customer, amountPaise, items, date, phone, note };
      results.push({
        file: name,
        say: entry.say,
        expected,
        actual,
        passed: confident && JSON.stringify(slots) === JSON.stringify(expected),
        intentPassed: actual.intent === intent,
      });
    }
  }
  return results;
}

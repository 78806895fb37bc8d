import { parseArgs } from "node:util";
import { toCliResult } from "../server/voice/cli-result";
import { parseCommand } from "../server/voice/parse-command";
import type { EntityCatalog } from "../server/voice/types";

const USAGE =
  'usage: npm run -s intent -- --now <ISO datetime> --customers "A,B" --products "rice,sugar" "<utterance>"';

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      now: { type: "string" },
      customers: { type: "string" },
      products: { type: "string" },
    },
    allowPositionals: true,
  });
  const now = new Date(values.now ?? Date.now());
  const utterance = positionals.join(" ");
  if (Number.isNaN(now.getTime()) || utterance.trim() === "") {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const catalog: EntityCatalog = {
    customers: list(values.customers).map((name, index) => ({ id: `c${index + 1}`, name })),
    products: list(values.products).map((name, index) => ({ id: `p${index + 1}`, name, aliases: [] })),
  };
  process.stdout.write(`${JSON.stringify(toCliResult(parseCommand(utterance, { now, catalog })))}\n`);
  return 0;
}

process.exitCode = main();

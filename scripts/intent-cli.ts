import { readFileSync } from "node:fs";
import { toCliResult } from "../server/voice/cli-result";
import { parseCommand } from "../server/voice/parse-command";
import type { EntityCatalog } from "../server/voice/types";

const USAGE =
  'usage: npm run -s intent -- --now <ISO datetime> --customers "A,B" --products "rice,sugar" ("<utterance>" | --batch <file.jsonl>)';
const OPTIONS = new Set(["--now", "--customers", "--products", "--batch"]);

/**
 * Our own argument reader: node's parseArgs takes an utterance like "-500 Rahul ko" for an
 * unknown option and throws; here anything that is not one of our options is the utterance.
 */
function readArgs(argv: readonly string[]) {
  const values: Record<string, string> = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg];
    if (name && OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return null;
      values[name.slice(2)] = value;
    } else if (arg !== "--") words.push(arg);
  }
  return { values, utterance: words.join(" ") };
}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** One `{"text": …}` per line; a line that is not that prints an error line and the batch goes on. */
function batchLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}

function textOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { text?: unknown };
    return typeof value?.text === "string" ? value.text : null;
  } catch {
    return null;
  }
}

function main(): number {
  const args = readArgs(process.argv.slice(2));
  const now = new Date(args?.values.now ?? Date.now());
  const batch = args?.values.batch;
  if (!args || Number.isNaN(now.getTime()) || (batch === undefined && args.utterance.trim() === "")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const catalog: EntityCatalog = {
    customers: list(args.values.customers).map((name, index) => ({ id: `c${index + 1}`, name })),
    products: list(args.values.products).map((name, index) => ({ id: `p${index + 1}`, name, aliases: [] })),
  };
  const parse = (text: string) => JSON.stringify(toCliResult(parseCommand(text, { now, catalog })));
  if (batch === undefined) {
    process.stdout.write(`${parse(args.utterance)}\n`);
    return 0;
  }
  let lines: string[];
  try {
    lines = batchLines(batch);
  } catch (error) {
    process.stderr.write(`cannot read ${batch}: ${(error as Error).message}\n`);
    return 2;
  }
  const out = lines.map((line) => {
    const text = textOf(line);
    return text === null ? JSON.stringify({ error: 'expected {"text": "<utterance>"}' }) : parse(text);
  });
  process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
  return 0;
}

process.exitCode = main();

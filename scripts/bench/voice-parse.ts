// `npm run bench`: how fast the deterministic voice parser turns an utterance into a command.
// Speed targets live here, never in unit tests. Numbers go to docs/benchmarks.md.
import { runCorpus } from "@/server/voice/corpus/corpus-runner";
import { parseCommand } from "@/server/voice/parse-command";
import type { EntityCatalog } from "@/server/voice/types";

const FIRST = ["Rahul", "Priya", "Amit", "Sunita", "Irfan", "Pooja", "Deepak", "Neha", "Ramesh", "Lakshmi"];
const LAST = ["Sharma", "Verma", "Kumar", "Devi", "Patel", "Yadav", "Singh", "Chand", "Iyer", "Kaur"];
const PRODUCTS = ["rice", "sugar", "oil", "flour", "eggs", "tea", "milk", "toor dal"];

function catalogOf(customerCount: number): EntityCatalog {
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  return {
    customers: Array.from({ length: customerCount }, (_, index) => ({
      id: `c${index}`,
      name: `${names[index % names.length]}${index >= names.length ? ` ${Math.floor(index / names.length)}` : ""}`,
    })),
    products: PRODUCTS.map((name, index) => ({ id: `p${index}`, name, aliases: [] })),
  };
}

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

const utterances = runCorpus().map((result) => result.say);
const now = new Date("2026-03-11T10:30:00+05:30");
console.log(`voice parse: ${utterances.length} corpus utterances, catalog reused per business`);
for (const customerCount of [30, 300, 3000]) {
  const catalog = catalogOf(customerCount);
  for (const text of utterances) parseCommand(text, { now, catalog });
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of utterances) {
      const started = performance.now();
      parseCommand(text, { now, catalog });
      samples.push((performance.now() - started) * 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(
    `  ${String(customerCount).padStart(5)} customers: mean ${mean.toFixed(0)} µs, p50 ${percentile(samples, 0.5).toFixed(0)} µs, p95 ${percentile(samples, 0.95).toFixed(0)} µs`,
  );
}

/**
 * Per-class size and pass rate of the issue-10 corpus files (issue10-<class>-*.json):
 * `npx tsx server/voice/corpus/issue10-stats.ts`.
 */
import { runCorpus } from "./corpus-runner";

const byClass = new Map<string, { size: number; passed: number; failures: string[] }>();
for (const result of runCorpus()) {
  const match = /^issue10-([a-z])-/.exec(result.file);
  if (!match) continue;
  const name = (match[1] ?? "").toUpperCase();
  const row = byClass.get(name) ?? { size: 0, passed: 0, failures: [] };
  row.size++;
  if (result.passed) row.passed++;
  else row.failures.push(`${result.say} → ${JSON.stringify(result.actual)}`);
  byClass.set(name, row);
}
for (const [name, row] of [...byClass].sort()) {
  console.log(`class ${name}: ${row.passed}/${row.size} (${((100 * row.passed) / row.size).toFixed(1)}%)`);
  for (const failure of row.failures) console.log(`  ✗ ${failure}`);
}

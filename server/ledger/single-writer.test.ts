import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED_DIRS = ["server", "agent", "scripts", "app", "lib", "components"];
const SKIPPED_DIRS = new Set(["node_modules", "generated", ".next"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

/**
 * The ledger's posting files: the only code that may write LedgerEntry rows or move a cached
 * balance, each keeping balance = sum of entries, running balances and seq order.
 */
const LEDGER_WRITERS = [
  "server/ledger/post-entry.ts", // postLedgerEntry: one entry, under the customer's row lock
  "server/ledger/bulk-post.ts", // postStagedEntries: many entries (CSV import, seed:large)
];

const THIS_FILE = "server/ledger/single-writer.test.ts";

/** Writes that bypass the ledger: [why, pattern]. Comments count too; reword them instead. */
const LEDGER_WRITE_PATTERNS: [string, RegExp][] = [
  ["Prisma creates a ledger entry", /\.ledgerEntry\s*\.\s*(create|createMany|createManyAndReturn|upsert)\b/],
  ["SQL inserts a ledger entry", /INSERT\s+INTO\s+"?LedgerEntry"?/i],
  ["SQL updates a balance", /UPDATE\s+"?Customer"?\b[^`;]*?"balancePaise"/i],
  ["SQL inserts a customer with a balance", /INSERT\s+INTO\s+"?Customer"?\s*\([^)]*"balancePaise"/i],
  ["Prisma moves a balance", /balancePaise\s*:\s*\{\s*(increment|decrement|set|multiply|divide)\b/],
  ["Prisma writes a computed balance", /balancePaise\s*:\s*BigInt\s*\(/],
];

/** The argument text of each `.customer.<write>(…)` call, so `data: { balancePaise: … }` is caught. */
function customerWriteArguments(source: string): string[] {
  const calls: string[] = [];
  const start = /\.customer\s*\.\s*(create|createMany|createManyAndReturn|update|updateMany|upsert)\s*\(/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    let depth = 1;
    let index = match.index + match[0].length;
    while (index < source.length && depth > 0) {
      if (source[index] === "(") depth += 1;
      else if (source[index] === ")") depth -= 1;
      index += 1;
    }
    calls.push(source.slice(match.index, index));
  }
  return calls;
}

function ledgerWritesIn(source: string): string[] {
  const found = LEDGER_WRITE_PATTERNS.flatMap(([why, pattern]) => (pattern.test(source) ? [why] : []));
  if (customerWriteArguments(source).some((call) => /\bbalancePaise\b/.test(call))) {
    found.push("Prisma writes a customer's balancePaise");
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

describe("postLedgerEntry and its bulk twin are the only ledger writers", () => {
  it("no other file writes ledger entries or balances", () => {
    const offenders = SCANNED_DIRS.flatMap(sourceFiles)
      .filter((file) => !LEDGER_WRITERS.includes(file) && file !== THIS_FILE)
      .flatMap((file) =>
        ledgerWritesIn(readFileSync(path.join(ROOT, file), "utf8")).map((why) => `${file}: ${why}`),
      );
    expect(offenders).toEqual([]);
  });

  it("the writers it allows exist and really write (so the list cannot go stale)", () => {
    for (const file of LEDGER_WRITERS) {
      expect({
        file,
        writes: ledgerWritesIn(readFileSync(path.join(ROOT, file), "utf8")).length > 0,
      }).toEqual({
        file,
        writes: true,
      });
    }
  });

  it("catches each way of writing around the ledger", () => {
    const bypasses = [
      "await tx.ledgerEntry.create({ data })",
      "await db.ledgerEntry\n  .createMany({ data: entries })",
      'await client.query(`INSERT INTO "LedgerEntry" ("id") VALUES ($1)`)',
      'await tx.$executeRaw`UPDATE "Customer" SET "balancePaise" = 0 WHERE "id" = $1`',
      'INSERT INTO "Customer" ("id", "balancePaise") SELECT 1',
      "tx.customer.update({ where: { id }, data: { balancePaise: { increment: 100 } } })",
      "tx.customer.createMany({ data: rows.map((row) => ({ id: row.id, balancePaise: 0n })) })",
      "const customer = { id, balancePaise: BigInt(opening) };",
    ];
    for (const source of bypasses)
      expect({ source, caught: ledgerWritesIn(source).length > 0 }).toEqual({ source, caught: true });
    // Reading balances, selecting them and comparing them in SQL is fine.
    for (const source of [
      "select: { balancePaise: true }",
      'orderBy: [{ balancePaise: "desc" }]',
      "items.map((row) => ({ ...row, balancePaise: Number(row.balancePaise) }))",
      'WHERE c."balancePaise" > 0',
      "tx.customer.update({ where: { id }, data: { name, erasedAt: now } })",
    ]) {
      expect({ source, caught: ledgerWritesIn(source) }).toEqual({ source, caught: [] });
    }
  });
});

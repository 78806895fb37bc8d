import type pg from "pg";
import { type LedgerCheck, verifyLedger } from "../seed/verify-ledger";

export type BooksCheck = { businesses: number; invoices: number; auditRows: number; problems: string[] };

/**
 * After a restore: every shop's balances equal the sum of their entries (and each entry's running
 * balance its running sum); returns the counts to compare with the source.
 */
export async function verifyBooks(client: pg.Client): Promise<BooksCheck> {
  const { rows: businesses } = await client.query<{ id: string; name: string }>(
    `SELECT id, name FROM "Business"`,
  );
  const problems: string[] = [];
  for (const business of businesses) {
    const check: LedgerCheck = await verifyLedger(client, business.id);
    if (check.balanceMismatches || check.runningBalanceMismatches) {
      problems.push(
        `${business.name}: ${check.balanceMismatches} balances and ${check.runningBalanceMismatches} running balances disagree with the entries`,
      );
    }
  }
  const count = async (table: string) =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
  return {
    businesses: businesses.length,
    invoices: await count("Invoice"),
    auditRows: await count("AuditLog"),
    problems,
  };
}

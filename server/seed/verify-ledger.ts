import type pg from "pg";

export type LedgerCheck = {
  customers: number;
  entries: number;
  /** Customers whose cached balancePaise differs from the sum of their entries. */
  balanceMismatches: number;
  /** Entries whose balanceAfterPaise differs from the running sum in seq order. */
  runningBalanceMismatches: number;
};

/** The ledger invariants, checked in SQL over one business. */
export async function verifyLedger(client: pg.Client, businessId: string): Promise<LedgerCheck> {
  const { rows } = await client.query<Record<keyof LedgerCheck, string>>(
    `SELECT
       (SELECT count(*) FROM "Customer" WHERE "businessId" = $1) AS customers,
       (SELECT count(*) FROM "LedgerEntry" WHERE "businessId" = $1) AS entries,
       (SELECT count(*) FROM "Customer" c
          LEFT JOIN (SELECT "customerId", sum("amountPaise") AS total FROM "LedgerEntry"
                     WHERE "businessId" = $1 GROUP BY "customerId") e ON e."customerId" = c."id"
          WHERE c."businessId" = $1 AND c."balancePaise" <> COALESCE(e.total, 0)) AS "balanceMismatches",
       (SELECT count(*) FROM (
          SELECT "balanceAfterPaise",
                 sum("amountPaise") OVER (PARTITION BY "customerId" ORDER BY "seq") AS running
          FROM "LedgerEntry" WHERE "businessId" = $1) r
          WHERE r."balanceAfterPaise" <> r.running) AS "runningBalanceMismatches"`,
    [businessId],
  );
  const row = rows[0];
  if (!row) throw new Error("verification query returned nothing");
  return {
    customers: Number(row.customers),
    entries: Number(row.entries),
    balanceMismatches: Number(row.balanceMismatches),
    runningBalanceMismatches: Number(row.runningBalanceMismatches),
  };
}

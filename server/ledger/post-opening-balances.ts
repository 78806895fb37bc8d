import { randomUUID } from "node:crypto";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { createLedgerStaging, LEDGER_STAGING, postStagedEntries, prismaSqlRunner } from "./bulk-post";

export type OpeningBalance = {
  customerId: string;
  /** Signed paise: positive — the customer owes the shop; negative — an advance with the shop. */
  amountPaise: number;
  /** The day the merchant's old books say this balance stood (aging counts from it). */
  occurredAt: Date;
  idempotencyKey: string;
  note: string;
};

/**
 * One ADJUSTMENT per customer for balances brought from elsewhere (CSV import), posted in bulk
 * with postLedgerEntry's invariants. An advance waits to be applied to the customer's next
 * invoice, like a payment. Returns each customer's opening entry id.
 */
export async function postOpeningBalances(tx: Tx, ctx: DomainContext, balances: OpeningBalance[]) {
  const entryIds = new Map<string, string>();
  const rows = balances.filter((balance) => balance.amountPaise !== 0);
  if (rows.length === 0) return entryIds;
  for (const row of rows) entryIds.set(row.customerId, randomUUID());
  const run = prismaSqlRunner(tx);
  await createLedgerStaging(run);
  await run(
    `INSERT INTO ${LEDGER_STAGING} (id, customer_id, type, amount, note, idempotency_key, occurred_at, unapplied_delta)
     SELECT i, c, 'ADJUSTMENT', a, n, k, o::timestamptz, u
     FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[]) AS t(i, c, a, n, k, o, u)`,
    [
      rows.map((row) => entryIds.get(row.customerId)),
      rows.map((row) => row.customerId),
      rows.map((row) => row.amountPaise),
      rows.map((row) => row.note),
      rows.map((row) => row.idempotencyKey),
      rows.map((row) => row.occurredAt.toISOString()),
      rows.map((row) => (row.amountPaise < 0 ? -row.amountPaise : 0)),
    ],
  );
  await postStagedEntries(run, {
    businessId: ctx.businessId,
    source: ctx.source,
    createdById: ctx.actor.userId,
  });
  return entryIds;
}

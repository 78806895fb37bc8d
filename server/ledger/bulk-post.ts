import type { Source } from "@/generated/prisma/enums";
import type { Tx } from "../db";
import { notFound } from "../errors";

/**
 * Runs one SQL statement on the connection that holds the transaction: Prisma's interactive
 * transaction (CSV import) or a raw pg client (the large-shop seed). Bulk posting is SQL either way.
 */
export type SqlRunner = <Row = unknown>(sql: string, params?: unknown[]) => Promise<Row[]>;

export const prismaSqlRunner =
  (tx: Tx): SqlRunner =>
  <Row>(sql: string, params: unknown[] = []) =>
    tx.$queryRawUnsafe<Row[]>(sql, ...params);

/** Any client with pg's `query(text, values)`, e.g. a `pg.Client` inside BEGIN … COMMIT. */
export const pgSqlRunner =
  (client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): SqlRunner =>
  async <Row>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as Row[];

/** The temporary table callers fill with the entries to post; it is dropped once they are posted. */
export const LEDGER_STAGING = "ledger_staging";

/**
 * Columns: `ord` orders a customer's entries that share an `occurred_at`; `unapplied_delta` moves
 * the customer's unapplied advance like postLedgerEntry's `unappliedDeltaPaise`; `created_at`
 * defaults to now (when the entry was recorded).
 */
export async function createLedgerStaging(run: SqlRunner) {
  await run(
    `CREATE TEMP TABLE ${LEDGER_STAGING} (
       id text NOT NULL, customer_id text NOT NULL, ord int NOT NULL DEFAULT 0,
       type text NOT NULL, amount int NOT NULL, payment_mode text, note text,
       idempotency_key text NOT NULL, occurred_at timestamptz NOT NULL DEFAULT now(),
       unapplied_delta bigint NOT NULL DEFAULT 0, created_at timestamptz
     ) ON COMMIT DROP`,
  );
}

export type BulkPostContext = { businessId: string; source: Source; createdById: string | null };

/**
 * The bulk twin of postLedgerEntry, in one statement: lock and move each customer's cached balance
 * (and unapplied advance) by the sum of its staged entries, then insert the entries with `seq`
 * taken in time order after the locks and `balanceAfterPaise` as the running sum from the balance
 * the customer had. Same invariants: balance = sum of entries, running balances exact, one
 * idempotency key per entry (the unique index refuses a repeat), tenant and erasure checked.
 * A staged entry for a customer that is not this business's live customer fails the whole post.
 */
export async function postStagedEntries(run: SqlRunner, ctx: BulkPostContext) {
  // Lock order: Customer rows in id order, as every write touching several customers takes them,
  // so two bulk posts over the same customers queue instead of deadlocking. (UPDATE … FROM below
  // would lock them in whatever order its join produces.)
  await run(
    `SELECT 1 FROM "Customer"
     WHERE "id" IN (SELECT DISTINCT customer_id FROM ${LEDGER_STAGING}) AND "businessId" = $1
     ORDER BY "id" FOR UPDATE`,
    [ctx.businessId],
  );
  const [counts] = await run<{ staged: number; posted: number }>(
    `WITH totals AS (
       SELECT customer_id, sum(amount)::bigint AS total, sum(unapplied_delta)::bigint AS unapplied,
              max(occurred_at) AS last_at
       FROM ${LEDGER_STAGING} GROUP BY customer_id
     ),
     locked AS (
       UPDATE "Customer" c
       SET "balancePaise" = c."balancePaise" + t.total,
           "unappliedPaise" = c."unappliedPaise" + t.unapplied,
           "lastActivityAt" = GREATEST(c."lastActivityAt", t.last_at), "updatedAt" = now()
       FROM totals t
       WHERE c."id" = t.customer_id AND c."businessId" = $1 AND c."erasedAt" IS NULL
       RETURNING c."id", c."balancePaise" - t.total AS opening
     ),
     posted AS (
       INSERT INTO "LedgerEntry" ("id", "seq", "businessId", "customerId", "type", "amountPaise",
         "balanceAfterPaise", "paymentMode", "note", "idempotencyKey", "source", "createdById",
         "occurredAt", "createdAt")
       SELECT r.id, nextval(pg_get_serial_sequence('"LedgerEntry"', 'seq')), $1, r.customer_id,
         r.type::"LedgerEntryType", r.amount, r.balance_after, r.payment_mode::"PaymentMode", r.note,
         r.idempotency_key, $2::"Source", $3, r.occurred_at, COALESCE(r.created_at, now())
       FROM (
         SELECT s.*, l.opening + sum(s.amount) OVER (
             PARTITION BY s.customer_id ORDER BY s.occurred_at, s.ord, s.id) AS balance_after
         FROM ${LEDGER_STAGING} s JOIN locked l ON l."id" = s.customer_id
         ORDER BY s.occurred_at, s.customer_id, s.ord, s.id
       ) r
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM ${LEDGER_STAGING})::int AS staged, (SELECT count(*) FROM posted)::int AS posted`,
    [ctx.businessId, ctx.source, ctx.createdById],
  );
  if (!counts || counts.posted !== counts.staged) throw notFound("Customer");
  await run(`DROP TABLE ${LEDGER_STAGING}`);
  return counts.posted;
}

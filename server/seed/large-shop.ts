import type pg from "pg";
import { customerSearchKeys } from "../customers/search-keys";
import { createLedgerStaging, LEDGER_STAGING, pgSqlRunner, postStagedEntries } from "../ledger/bulk-post";
import { syntheticNames } from "./large-names";

export type LargeShopOptions = {
  businessId: string;
  /** Makes ids and idempotency keys unique to this run. */
  prefix: string;
  customers: number;
  entriesPerCustomer: number;
  /** Called after each stage with its name and duration, for the script's progress output. */
  onStage?: (stage: string, ms: number) => void;
};

const HISTORY_DAYS = 730;

/** Distinct names with their search keys, computed by the same code the app uses. */
async function loadNames(client: pg.Client) {
  const { latin, devanagari } = syntheticNames();
  const names = [...latin, ...devanagari];
  const keys = names.map(customerSearchKeys);
  await client.query(
    `CREATE TEMP TABLE seed_name (idx int PRIMARY KEY, name text, search_name text, phonetic_key text) ON COMMIT DROP`,
  );
  await client.query(
    `INSERT INTO seed_name SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
    [
      names.map((_, index) => index),
      names,
      keys.map((key) => key.searchName),
      keys.map((key) => key.phoneticKey),
    ],
  );
  return { latinCount: latin.length, devanagariCount: devanagari.length };
}

/**
 * Alternating "you gave" / "you got" history per customer over two years, in time order.
 * Each payment settles 50–99 % of the credit before it (every 7th customer pays in full), so
 * balances stay realistic and non-negative. Deterministic: hashes, not random().
 */
async function planEntries(client: pg.Client, options: LargeShopOptions) {
  const slotDays = Math.floor(HISTORY_DAYS / options.entriesPerCustomer);
  await client.query(
    `CREATE TEMP TABLE seed_entry ON COMMIT DROP AS
     SELECT c AS cust, k,
       CASE WHEN k % 2 = 0 THEN 5000 + (hashtext(c || ':' || k) & 2147483647) % 200000
            ELSE -((5000 + (hashtext(c || ':' || (k - 1)) & 2147483647) % 200000)
                   * (CASE WHEN c % 7 = 0 THEN 100 ELSE 50 + (hashtext(c || 'p' || k) & 2147483647) % 50 END) / 100)
       END AS amount,
       now() - make_interval(days => ${HISTORY_DAYS})
         + make_interval(days => k * ${slotDays} + (hashtext(c || 't' || k) & 2147483647) % ${slotDays - 1},
                         secs => (hashtext(c || 's' || k) & 2147483647) % 36000) AS occurred
     FROM generate_series(0, $1::int - 1) AS c, generate_series(0, $2::int - 1) AS k`,
    [options.customers, options.entriesPerCustomer],
  );
}

async function insertCustomers(client: pg.Client, options: LargeShopOptions) {
  const { latinCount, devanagariCount } = await loadNames(client);
  // Every 10th customer has a Devanagari name; about a third have no phone number. Balances
  // start at zero: the ledger's bulk poster moves them with the entries.
  await client.query(
    `INSERT INTO "Customer" ("id", "businessId", "name", "searchName", "phoneticKey", "phone",
       "lastActivityAt", "createdAt", "updatedAt")
     SELECT $1 || '_c' || lpad(g::text, 7, '0'), $2, n.name, n.search_name, n.phonetic_key,
       CASE WHEN g % 3 = 2 THEN NULL ELSE '+91' || (9000000000 + g)::text END,
       t.first_at, t.first_at, now()
     FROM generate_series(0, $3::int - 1) AS g
     JOIN seed_name n ON n.idx = CASE WHEN g % 10 = 9 THEN $4::int + (g / 10) % $5::int
                                      ELSE (g::bigint * 7919 % $4::int)::int END
     JOIN (SELECT cust, min(occurred) AS first_at FROM seed_entry GROUP BY cust) t ON t.cust = g`,
    [options.prefix, options.businessId, options.customers, latinCount, devanagariCount],
  );
}

/**
 * The planned history goes through the ledger's bulk poster (the one writer of entries and
 * balances besides postLedgerEntry): it moves each balance, numbers entries in time order and
 * stores every running balance. Ids and keys follow that order, so indexes grow at their right edge.
 */
async function insertEntries(client: pg.Client, options: LargeShopOptions) {
  const run = pgSqlRunner(client);
  await createLedgerStaging(run);
  await client.query(
    `INSERT INTO ${LEDGER_STAGING} (id, customer_id, ord, type, amount, payment_mode, idempotency_key,
       occurred_at, unapplied_delta, created_at)
     SELECT $1 || '_e' || lpad(r.n::text, 8, '0'), $1 || '_c' || lpad(r.cust::text, 7, '0'), r.k,
       CASE WHEN r.amount > 0 THEN 'CREDIT' ELSE 'PAYMENT' END, r.amount,
       CASE WHEN r.amount < 0 THEN (CASE WHEN (r.cust + r.k) % 3 = 0 THEN 'UPI' ELSE 'CASH' END) END,
       $1 || '-' || lpad(r.n::text, 8, '0'), r.occurred,
       -- Payments wait to be applied to invoices, as recordPayment leaves them.
       CASE WHEN r.amount < 0 THEN -r.amount ELSE 0 END, r.occurred
     FROM (SELECT e.*, row_number() OVER (ORDER BY e.occurred, e.cust, e.k) AS n FROM seed_entry e) r`,
    [options.prefix],
  );
  return postStagedEntries(run, { businessId: options.businessId, source: "SYSTEM", createdById: null });
}

/**
 * Every reference this generator writes points at a row it inserted in the same transaction,
 * so the per-row foreign-key triggers (a third of the run time) only re-check what is true by
 * construction. Skipping them needs a superuser (a local development database); elsewhere
 * the checks simply run. No other trigger fires on INSERT.
 */
async function skipForeignKeyChecksIfAllowed(client: pg.Client) {
  await client.query("SAVEPOINT replica_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT replica_role");
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica_role");
  }
}

/** One transaction: either the whole synthetic khata exists afterwards, or none of it. */
export async function generateLargeShop(client: pg.Client, options: LargeShopOptions) {
  if (options.entriesPerCustomer < 2 || options.entriesPerCustomer > 100) {
    throw new RangeError("entriesPerCustomer must be between 2 and 100");
  }
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '256MB'");
    await skipForeignKeyChecksIfAllowed(client);
    const stage = async <T>(name: string, work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      options.onStage?.(name, performance.now() - started);
      return result;
    };
    await stage("plan entries", () => planEntries(client, options));
    await stage("insert customers", () => insertCustomers(client, options));
    const entries = await stage("insert ledger entries", () => insertEntries(client, options));
    await client.query(
      `INSERT INTO "AuditLog" ("id", "businessId", "actorType", "action", "entityType", "entityId", "after", "source")
       VALUES ($1 || '_audit', $2, 'SYSTEM', 'seed.large', 'Business', $2, $3::jsonb, 'SYSTEM')`,
      [options.prefix, options.businessId, JSON.stringify({ customers: options.customers, entries })],
    );
    await stage("commit", () => client.query("COMMIT"));
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  const analyzeStarted = performance.now();
  await client.query(`ANALYZE "Customer"`);
  await client.query(`ANALYZE "LedgerEntry"`);
  options.onStage?.("analyze", performance.now() - analyzeStarted);
}

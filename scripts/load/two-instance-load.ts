// npm run load -- [--users=200] [--seconds=120]: simulated merchants mixing reads and writes
// against two app instances (round robin) on one database and Redis, then the ledger check:
// every balance equals the sum of its entries, and equals what the clients were told was
// recorded (no acknowledged write lost, none doubled). Needs `npm run build` first; loopback only.
import path from "node:path";
import pg from "pg";
import { verifyBooks } from "../../server/ops/verify-books";
import { LoadUser, type Sample } from "./load-client";
import { startCluster } from "./load-cluster";

const root = path.resolve(import.meta.dirname, "..", "..");
const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const USERS = option("users", 200);
const SECONDS = option("seconds", 120);
const CUSTOMERS_PER_USER = 3;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const cluster = await startCluster(root, [3211, 3212]);
const setupSamples: Sample[] = [];
const samples: Sample[] = [];
// What each customer should owe, from the answers the clients got (paise).
const expected = new Map<string, number>();
try {
  const run = Date.now().toString(36);
  console.log(`two instances up (${cluster.urls.join(", ")}); signing up ${USERS} shops…`);
  const users = await Promise.all(
    Array.from({ length: USERS }, async (_, index) => {
      const user = new LoadUser(cluster.urls, setupSamples);
      await user.signUpAndSignIn(
        `load-${run}-${index}@example.com`,
        "load-test-password-42",
        `Load Shop ${index}`,
      );
      const customers: string[] = [];
      for (let c = 0; c < CUSTOMERS_PER_USER; c += 1) {
        const created = await user.call<{ id: string }>("customers.create", "mutation", {
          name: `Customer ${index}-${c}`,
        });
        if (!created) throw new Error(`setup: customers.create failed for user ${index}`);
        customers.push(created.id);
        expected.set(created.id, 0);
      }
      return { user, customers };
    }),
  );

  console.log(`load: ${USERS} users for ${SECONDS} s…`);
  const deadline = performance.now() + SECONDS * 1000;
  let keys = 0;
  for (const { user } of users) user.samples = samples;
  await Promise.all(
    users.map(async ({ user, customers }) => {
      while (performance.now() < deadline) {
        const customerId = customers[Math.floor(Math.random() * customers.length)] as string;
        const roll = Math.random();
        if (roll < 0.2) {
          const entry = await user.call("ledger.recordCredit", "mutation", {
            customerId,
            amountPaise: 50_000,
            idempotencyKey: `load-${run}-${keys++}`,
          });
          if (entry) expected.set(customerId, (expected.get(customerId) ?? 0) + 50_000);
        } else if (roll < 0.4) {
          const entry = await user.call("ledger.recordPayment", "mutation", {
            customerId,
            amountPaise: 10_000,
            idempotencyKey: `load-${run}-${keys++}`,
          });
          if (entry) expected.set(customerId, (expected.get(customerId) ?? 0) - 10_000);
        } else if (roll < 0.7) {
          await user.call("customers.find", "query", { sort: "balance", limit: 25 });
        } else {
          await user.call("ledger.statement", "query", { customerId, limit: 50 });
        }
        // A person at a counter, not a benchmark loop: 100–300 ms between actions.
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }),
  );

  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  const books = await verifyBooks(client);
  const { rows } = await client.query<{ id: string; balance: string }>(
    `SELECT id, "balancePaise"::text AS balance FROM "Customer"`,
  );
  await client.end();
  const drift = rows.filter((row) => Number(row.balance) !== (expected.get(row.id) ?? Number.NaN));

  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok);
  const writes = samples.filter((s) => s.what.startsWith("ledger.record"));
  console.log(
    JSON.stringify(
      {
        users: USERS,
        seconds: SECONDS,
        instances: cluster.urls.length,
        requests: samples.length,
        throughputPerSecond: Math.round(samples.length / SECONDS),
        writes: writes.length,
        errors: errors.length,
        errorStatuses: [...new Set(errors.map((e) => `${e.what}:${e.status}`))].slice(0, 10),
        p50Ms: Math.round(percentile(all, 0.5)),
        p95Ms: Math.round(percentile(all, 0.95)),
        p99Ms: Math.round(percentile(all, 0.99)),
        setupErrors: setupSamples.filter((s) => !s.ok).length,
        ledgerProblems: books.problems,
        balancesDriftingFromAcknowledged: drift.length,
      },
      null,
      2,
    ),
  );
  process.exitCode = errors.length || drift.length || books.problems.length ? 1 : 0;
} finally {
  await cluster.stop();
}

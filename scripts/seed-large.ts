// `npm run seed:large`: a shop with 100,000 customers and 1,000,000 ledger entries, for trying
// search, lists and statements at the scale Execora is built for. Bulk SQL, every invariant kept
// (balance = sum of entries, running balances, search keys), verified at the end.
// Options: --customers=N  --entries-per-customer=N  --force (allow a non-local database)
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { signUpInput } from "../server/auth/schema";
import { signUpOwner } from "../server/auth/sign-up";
import { searchCustomerIds } from "../server/customers/search";
import { createDb } from "../server/db";
import { generateLargeShop } from "../server/seed/large-shop";
import { verifyLedger } from "../server/seed/verify-ledger";
import { migrationState } from "./runtime/migrations";

const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof import("@next/env");
const root = path.resolve(import.meta.dirname, "..");
loadEnvConfig(root, false, { info: () => {}, error: console.error });
// Domain modules validate the whole environment; a seed signs no sessions, so any secret will do.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

const option = (name: string, fallback: number) => {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};
const customers = option("customers", 100_000);
const entriesPerCustomer = option("entries-per-customer", 10);
const PASSWORD = "execora-large";
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("Set DATABASE_URL to a migrated PostgreSQL database (npm run db:migrate).");
  const host = new URL(databaseUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host) && !process.argv.includes("--force")) {
    throw new Error(`DATABASE_URL points at "${host}", not this machine. Add --force if you mean it.`);
  }
  const { pending } = await migrationState(root, databaseUrl);
  if (pending.length > 0)
    throw new Error(`The database lacks ${pending.length} migration(s): npm run db:migrate`);

  const started = performance.now();
  const stamp = Date.now().toString(36);
  const db = createDb(databaseUrl, 2);
  const email = `large-${stamp}@execora.local`;
  const owner = await signUpOwner({
    db,
    requestId: null,
    input: signUpInput.parse({
      businessName: `Bulk Test Traders ${stamp}`,
      stateCode: "27",
      name: "Bulk Owner",
      email,
      password: PASSWORD,
    }),
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const prefix = `lg${stamp}${randomBytes(2).toString("hex")}`;
    console.log(
      `Generating ${customers.toLocaleString("en-IN")} customers × ${entriesPerCustomer} entries …`,
    );
    const onStage = (stage: string, ms: number) => console.log(`  ${stage}: ${(ms / 1000).toFixed(1)} s`);
    await generateLargeShop(client, {
      businessId: owner.businessId,
      prefix,
      customers,
      entriesPerCustomer,
      onStage,
    });
    console.log(`Generated in ${seconds(started)}. Verifying the ledger invariants …`);
    const verifyStarted = performance.now();
    const check = await verifyLedger(client, owner.businessId);
    console.log(
      `  customers ${check.customers.toLocaleString("en-IN")}, entries ${check.entries.toLocaleString("en-IN")}, ` +
        `balance mismatches ${check.balanceMismatches}, running-balance mismatches ${check.runningBalanceMismatches} ` +
        `(${seconds(verifyStarted)})`,
    );
    const ctx = {
      db,
      businessId: owner.businessId,
      actor: { type: "USER" as const, userId: owner.id, role: "OWNER" as const },
      requestId: null,
      source: "SYSTEM" as const,
    };
    const searchStarted = performance.now();
    const matches = await searchCustomerIds(ctx, "rahul sharma", 10);
    console.log(`  search "rahul sharma": ${matches.length} matches in ${seconds(searchStarted)}`);
    console.log(`\nDone in ${seconds(started)}. Sign in as ${email} / ${PASSWORD}`);
    if (check.balanceMismatches > 0 || check.runningBalanceMismatches > 0) process.exitCode = 1;
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

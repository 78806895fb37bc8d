// `npm run db:seed`: the demo shop (Sharma Kirana Store) in DATABASE_URL. Safe to repeat: what
// exists is kept. `npm start` does this by itself for the embedded database.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "../server/db";
import { seedDemoShop } from "../server/seed/demo-shop";
import { migrationState } from "./runtime/migrations";

const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof import("@next/env");
const root = path.resolve(import.meta.dirname, "..");
loadEnvConfig(root, false, { info: () => {}, error: console.error });
// Domain modules validate the whole environment; a seed signs no sessions, so any secret will do.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL (npm start seeds its embedded database by itself).");
  const { pending } = await migrationState(root, databaseUrl);
  if (pending.length > 0)
    throw new Error(`The database lacks ${pending.length} migration(s): npm run db:migrate`);
  const db = createDb(databaseUrl, 2);
  try {
    const login = await seedDemoShop(db);
    console.log(`Demo shop ready. Owner: ${login.email} / ${login.password}; staff: ${login.staffEmail}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

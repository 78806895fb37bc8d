// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
// datamodel the existing migrations produce (kept in prisma/migrations/schema-snapshot.prisma)
// and prisma/schema.prisma. `prisma migrate dev` cannot run offline (see docs/offline-toolchain).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(1);
}
const migrationsDir = path.join("prisma", "migrations");
const snapshot = path.join(migrationsDir, "schema-snapshot.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    encoding: "utf8",
    env: {
      ...process.env,
      // The adapter config opens a connection even for a datamodel-to-datamodel diff.
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
      PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  },
).replace(/^[\s\S]*?(?=^--)/m, "");
if (/^-- This is an empty migration/m.test(sql)) {
  console.log("schema unchanged: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`wrote ${dir}/migration.sql`);

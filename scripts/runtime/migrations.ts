// Which migrations under prisma/migrations the database has applied. A direct SQL look at
// Prisma's own bookkeeping table: `prisma migrate status` answers the same but takes ~11 s.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type MigrationState = {
  pending: string[];
  failed: string[];
  /** Applied, but the file has changed since (Prisma records a SHA-256 of migration.sql). */
  modified: string[];
};

function migrationFiles(root: string): Map<string, string> {
  const dir = path.join(root, "prisma", "migrations");
  const checksums = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = path.join(dir, entry.name, "migration.sql");
    if (entry.isDirectory() && existsSync(file)) {
      checksums.set(entry.name, createHash("sha256").update(readFileSync(file)).digest("hex"));
    }
  }
  return checksums;
}

export async function migrationState(root: string, databaseUrl: string): Promise<MigrationState> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const table = await client.query<{ exists: string | null }>(
      `SELECT to_regclass('public."_prisma_migrations"')::text AS exists`,
    );
    const rows = table.rows[0]?.exists
      ? (
          await client.query<{ migration_name: string; checksum: string; finished: boolean }>(
            `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
             FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
          )
        ).rows
      : [];
    const files = migrationFiles(root);
    const applied = new Map(
      rows.filter((row) => row.finished).map((row) => [row.migration_name, row.checksum]),
    );
    return {
      pending: [...files.keys()].filter((name) => !applied.has(name)),
      failed: rows.filter((row) => !row.finished).map((row) => row.migration_name),
      modified: [...files]
        .filter(([name, sum]) => applied.has(name) && applied.get(name) !== sum)
        .map(([name]) => name),
    };
  } finally {
    await client.end();
  }
}

/**
 * `prisma migrate deploy`, output shown only when it fails. Asynchronous on purpose: the
 * embedded database is served from this same process and must keep answering meanwhile.
 */
export function deployMigrations(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error("prisma migrate deploy failed (output above)"));
    });
  });
}

import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
// A shop's whole database dumps in seconds; a stuck server must not hang a nightly job forever.
const TIMEOUT_MS = 30 * 60_000;

/**
 * A full backup with pg_dump's custom format: compressed, and restorable into a database of any
 * name by any role (no owners or grants in it). Needs a real PostgreSQL (not the embedded PGlite).
 */
export async function backupDatabase(databaseUrl: string, file: string) {
  await run(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", databaseUrl],
    { timeout: TIMEOUT_MS },
  );
  return { file, bytes: statSync(file).size };
}

/**
 * Restores a backup into `databaseUrl`, replacing what is there, in one transaction: a restore
 * that fails half-way leaves the database as it was.
 */
export async function restoreDatabase(file: string, databaseUrl: string) {
  await run(
    "pg_restore",
    [
      ...["--clean", "--if-exists", "--no-owner", "--no-privileges"],
      ...["--single-transaction", "--exit-on-error", "--dbname", databaseUrl, file],
    ],
    { timeout: TIMEOUT_MS },
  );
}

/**
 * Notes a finished backup in the database it came from, for the deployment check's "last backup
 * age". Plain pg, not Prisma: db:backup runs as a small script on an operator's machine.
 */
export async function recordBackupRun(databaseUrl: string, run: { location: string; bytes: number }) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('INSERT INTO "BackupRun" ("bytes", "location") VALUES ($1, $2)', [
      run.bytes,
      run.location,
    ]);
  } finally {
    await client.end();
  }
}

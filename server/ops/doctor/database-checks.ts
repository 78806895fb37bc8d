import { readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../db";
import { type DoctorCheck, describeError, fail, pass, warn } from "./doctor-check";

const DAY_MS = 24 * 60 * 60_000;
// A nightly backup that missed one night warns; two missed nights fail.
const WARN_AFTER_MS = 26 * 60 * 60_000;
const FAIL_AFTER_MS = 50 * 60 * 60_000;

/** The migration folders this build ships (prisma/migrations/<timestamp>_<name>). */
export function shippedMigrations(
  migrationsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations"),
): string[] {
  return readdirSync(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

async function migrationsCheck(database: Db, shipped: string[]): Promise<DoctorCheck> {
  const title = "Migrations are applied";
  const fix = "Run npm run db:deploy with this release's DATABASE_URL (before starting the new app version).";
  const rows = await database.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length) {
    return fail("migrations", title, `${pending.length} not applied: ${pending.join(", ")}.`, fix);
  }
  const unknown = [...applied].filter((name) => !shipped.includes(name));
  if (unknown.length) {
    return warn(
      "migrations",
      title,
      `The database has migrations this build does not ship: ${unknown.join(", ")} (a newer release ran, or this one is a rollback).`,
      "Roll forward to the release that shipped them; a rollback must not undo an expand migration.",
    );
  }
  return pass("migrations", title, `All ${shipped.length} migrations are applied.`);
}

async function backupCheck(database: Db, now: Date): Promise<DoctorCheck> {
  const title = "A recent backup exists";
  const fix =
    "Run npm run db:backup (nightly, from cron or the platform's scheduler) and keep the files off this machine.";
  const latest = await database.backupRun.findFirst({
    where: { finishedAt: { lte: now } },
    orderBy: { finishedAt: "desc" },
  });
  if (!latest) return fail("backup", title, "No backup has been recorded by npm run db:backup.", fix);
  const ageMs = now.getTime() - latest.finishedAt.getTime();
  const age =
    ageMs >= DAY_MS
      ? `${Math.floor(ageMs / DAY_MS)} d ${Math.floor((ageMs % DAY_MS) / 3_600_000)} h`
      : `${Math.floor(ageMs / 3_600_000)} h ${Math.floor((ageMs % 3_600_000) / 60_000)} min`;
  const detail = `The last backup finished ${age} ago (${latest.finishedAt.toISOString()}, ${latest.location}).`;
  if (ageMs > FAIL_AFTER_MS) return fail("backup", title, detail, fix);
  if (ageMs > WARN_AFTER_MS) return warn("backup", title, detail, fix);
  return pass("backup", title, detail);
}

/** Checks that read the deployment's database; a database that cannot be read fails both. */
export async function databaseChecks(
  database: Db,
  { now = new Date(), shipped = shippedMigrations() }: { now?: Date; shipped?: string[] } = {},
): Promise<DoctorCheck[]> {
  const unreadable = (id: string, title: string) => (error: unknown) =>
    fail(
      id,
      title,
      `The database could not be read: ${describeError(error)}.`,
      "Check DATABASE_URL and that PostgreSQL is up (docs/runbooks/database-down.md).",
    );
  return Promise.all([
    migrationsCheck(database, shipped).catch(unreadable("migrations", "Migrations are applied")),
    backupCheck(database, now).catch(unreadable("backup", "A recent backup exists")),
  ]);
}

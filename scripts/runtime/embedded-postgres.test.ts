import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { deployMigrations, migrationState } from "./migrations";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "execora-pglite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// `npm start` runs on this database: every migration, including the hand-written ones that need
// extensions (pg_trgm, btree_gin), must apply to PGlite as it does to PostgreSQL.
it("applies every migration to the embedded database that npm start uses", async () => {
  const embedded = await startEmbeddedPostgres(path.join(dataDir, "pglite"));
  try {
    await deployMigrations(root, { ...process.env, DATABASE_URL: embedded.databaseUrl });
    const state = await migrationState(root, embedded.databaseUrl);
    expect(state).toEqual({ pending: [], failed: [], modified: [] });
    const client = new pg.Client({ connectionString: embedded.databaseUrl });
    await client.connect();
    const indexes = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'Customer' ORDER BY indexname`,
    );
    await client.end();
    expect(indexes.rows.map((row) => row.indexname)).toContain("Customer_businessId_phoneticWords_idx");
  } finally {
    await embedded.stop();
  }
}, 120_000);

import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "../env";

// The rename must keep every turn already stored: apply the migrations before it to a scratch
// database, store turns the old way (source = typed / offline / livekit), then apply it.
const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const RENAME = "voice_turn_channel";
const folders = readdirSync(MIGRATIONS)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();
const renameAt = folders.findIndex((name) => name.endsWith(`_${RENAME}`));
const sqlOf = (folder: string) => readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");

const scratchName = `execora_channel_${randomBytes(4).toString("hex")}`;
const serverUrl = new URL(env().DATABASE_URL);
const scratchUrl = Object.assign(new URL(serverUrl), { pathname: `/${scratchName}` }).toString();
let client: pg.Client;

async function onServer(sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE "${scratchName}"`);
  client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  for (const folder of folders.slice(0, renameAt)) await client.query(sqlOf(folder));
});
afterAll(async () => {
  await client?.end();
  await onServer(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
});

describe(`migration ${RENAME}`, () => {
  it("renames VoiceTurn.source to channel and keeps every stored turn's value", async () => {
    expect(renameAt).toBeGreaterThan(0);
    await client.query(`INSERT INTO "Business" ("id", "name", "stateCode", "gstScheme", "updatedAt")
      VALUES ('b1', 'Old Kirana', '27', 'UNREGISTERED', now())`);
    for (const [id, source] of [
      ["t1", "typed"],
      ["t2", "offline"],
      ["t3", "livekit"],
    ]) {
      await client.query(
        `INSERT INTO "VoiceTurn" ("id", "businessId", "userId", "source", "transcript", "language", "intent",
          "commandJson", "status", "replyText", "parseMs", "executeMs", "totalMs")
        VALUES ($1, 'b1', 'u1', $2, 'Rahul ne 500 diye', 'hi', 'record_payment', '{}', 'EXECUTED', 'ok', 1, 2, 3)`,
        [id, source],
      );
    }

    await client.query(sqlOf(folders[renameAt] as string));

    const rows = await client.query(
      `SELECT "id", "channel"::text AS "channel" FROM "VoiceTurn" ORDER BY "id"`,
    );
    expect(rows.rows).toEqual([
      { id: "t1", channel: "TYPED" },
      { id: "t2", channel: "OFFLINE" },
      { id: "t3", channel: "LIVEKIT" },
    ]);
    const columns = await client.query(
      `SELECT "column_name" FROM information_schema.columns WHERE "table_name" = 'VoiceTurn' AND "column_name" IN ('source', 'channel')`,
    );
    expect(columns.rows).toEqual([{ column_name: "channel" }]);
    // A closed type now: a value outside the three is refused by the database itself.
    await expect(
      client.query(`UPDATE "VoiceTurn" SET "channel" = 'phone' WHERE "id" = 't1'`),
    ).rejects.toThrow(/invalid input value for enum "VoiceChannel"/);
  });
});

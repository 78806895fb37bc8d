import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { databaseChecks, shippedMigrations } from "./database-checks";

// The test database is migrated by the global setup, so every shipped migration is applied.
// Backup rows are dated far from today so this file never depends on what other tests record.
const BACKUP_AT = new Date("2091-03-01T02:00:00Z");
const hoursAfterBackup = (hours: number) => new Date(BACKUP_AT.getTime() + hours * 3_600_000);
const check = async (id: string, options: Parameters<typeof databaseChecks>[1]) =>
  (await databaseChecks(db(), options)).find((result) => result.id === id);

describe("deployment checks of the database", () => {
  it("passes when every migration this build ships is applied, and names one that is not", async () => {
    const shipped = shippedMigrations();
    expect(shipped.length).toBeGreaterThan(5);
    expect(await check("migrations", { shipped })).toMatchObject({ status: "pass" });
    const pending = await check("migrations", { shipped: [...shipped, "20991231000000_not_yet"] });
    expect(pending).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("20991231000000_not_yet"),
    });
    expect(pending?.fix).toContain("npm run db:deploy");
  });

  it("warns when the database has a migration this build does not know (a rollback)", async () => {
    expect(await check("migrations", { shipped: shippedMigrations().slice(0, -1) })).toMatchObject({
      status: "warn",
    });
  });

  it("reports the last backup's age: fail with none, pass within a day, warn after 26 h, fail after 50 h", async () => {
    expect(await check("backup", { now: new Date("1990-01-01T00:00:00Z") })).toMatchObject({
      status: "fail",
      fix: expect.stringContaining("npm run db:backup"),
    });
    await db().backupRun.create({
      data: { finishedAt: BACKUP_AT, bytes: 123_456n, location: "/backups/nightly.dump" },
    });
    expect(await check("backup", { now: hoursAfterBackup(3) })).toMatchObject({
      status: "pass",
      detail: expect.stringContaining("3 h 0 min ago"),
    });
    expect(await check("backup", { now: hoursAfterBackup(30) })).toMatchObject({
      status: "warn",
      detail: expect.stringContaining("1 d 6 h ago"),
    });
    expect((await check("backup", { now: hoursAfterBackup(51) }))?.status).toBe("fail");
  });
});

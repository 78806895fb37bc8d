import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";

describe("AuditLog is append-only in the database", () => {
  it("rejects UPDATE and DELETE on audit rows, even through raw SQL", async () => {
    const shop = await createTestBusiness();
    const row = await db().auditLog.findFirstOrThrow({ where: { businessId: shop.businessId } });
    await expect(
      db().$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered' WHERE "id" = ${row.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${row.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db().auditLog.update({ where: { id: row.id }, data: { action: "tampered" } }),
    ).rejects.toThrow();
    expect(await db().auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      action: row.action,
    });
  });
});

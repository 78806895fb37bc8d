import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { anonymousCaller, createTestBusiness } from "../test/factories";
import { authenticateUser } from "./authenticate";
import { sessionIsLive, startSession } from "./sessions";

const rules = { maxAgeHours: 24, idleHours: 24 };
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );
const NEW = "chai-aur-samosa-2026";

describe("changing a password", () => {
  it("needs the current one, then signs out every device and only the new one works", async () => {
    const shop = await createTestBusiness();
    const phone = { id: await startSession(db(), shop.owner.id, rules), userId: shop.owner.id };
    await expect(
      shop.ownerCaller.auth.changePassword({ currentPassword: "not-it-at-all", newPassword: NEW }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await sessionIsLive(db(), phone, rules)).toBe(true);

    expect(
      await shop.ownerCaller.auth.changePassword({ currentPassword: "password123", newPassword: NEW }),
    ).toEqual({ sessionsEnded: 1 });
    expect(await sessionIsLive(db(), phone, rules)).toBe(false);
    expect(await authenticateUser(db(), shop.owner.email, "password123")).toBeNull();
    expect(await authenticateUser(db(), shop.owner.email, NEW)).toMatchObject({ id: shop.owner.id });
    const audit = await db().auditLog.findFirst({
      where: { businessId: shop.businessId, action: "auth.password_change" },
    });
    expect(audit?.entityId).toBe(shop.owner.id);
  });

  it("refuses a short or common new password, and so does sign-up", async () => {
    const shop = await createTestBusiness();
    for (const weak of ["short-1", "password123", "Password123", "qwertyuiop"]) {
      expect(
        await codeOf(
          shop.ownerCaller.auth.changePassword({ currentPassword: "password123", newPassword: weak }),
        ),
        weak,
      ).toBe("BAD_REQUEST");
    }
    expect(await authenticateUser(db(), shop.owner.email, "password123")).not.toBeNull();
    const signUp = (password: string) =>
      codeOf(
        anonymousCaller().auth.signUp({
          businessName: "Naya Kirana",
          stateCode: "27",
          gstScheme: "UNREGISTERED",
          name: "Meena",
          email: `meena-${randomUUID()}@example.test`,
          password,
        }),
      );
    expect(await signUp("iloveyou123")).toBe("BAD_REQUEST");
    expect(await signUp(NEW)).toBe("OK");
  });
});

describe("the owner resets a staff member's password", () => {
  it("sets it, signs the staff member out everywhere, and only for their own staff", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const staffPhone = { id: await startSession(db(), shop.staff.id, rules), userId: shop.staff.id };
    expect(
      await shop.ownerCaller.staff.resetPassword({ userId: shop.staff.id, newPassword: NEW }),
    ).toMatchObject({
      sessionsEnded: 1,
    });
    expect(await sessionIsLive(db(), staffPhone, rules)).toBe(false);
    expect(await authenticateUser(db(), shop.staff.email, NEW)).toMatchObject({ id: shop.staff.id });
    expect(
      await codeOf(other.ownerCaller.staff.resetPassword({ userId: shop.staff.id, newPassword: NEW })),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(shop.ownerCaller.staff.resetPassword({ userId: shop.owner.id, newPassword: NEW })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(shop.staffCaller.staff.resetPassword({ userId: shop.staff.id, newPassword: NEW })),
    ).toBe("FORBIDDEN");
  });
});

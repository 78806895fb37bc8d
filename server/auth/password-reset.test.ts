import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { decodedBody, startTestSmtpServer } from "../mail/test-smtp-server";
import { anonymousCaller, createTestBusiness } from "../test/factories";
import { authenticateUser } from "./authenticate";
import { PASSWORD_RESET_TTL_MS, requestPasswordReset, resetPasswordWithLink } from "./password-reset";
import { sessionIsLive, startSession } from "./sessions";

const rules = { maxAgeHours: 24, idleHours: 24 };
const NEW = "naya-password-2026";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://khata.example.test";
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  resetEnvForTests();
  await smtp.close();
});

/** The token in the last reset link mailed to `to`. */
function mailedToken(to: string): string {
  const mail = smtp.received.filter((received) => received.to.includes(to)).at(-1);
  const link =
    mail && decodedBody(mail.raw).match(/https:\/\/khata\.example\.test\/reset-password\?token=(\S+)/);
  if (!link?.[1]) throw new Error(`no reset link mailed to ${to}`);
  return decodeURIComponent(link[1]);
}
const mailsTo = (to: string) => smtp.received.filter((received) => received.to.includes(to)).length;

describe("forgot password, by mailed link", () => {
  it("mails a link that sets the new password once and signs out every device", async () => {
    const shop = await createTestBusiness();
    const phone = { id: await startSession(db(), shop.owner.id, rules), userId: shop.owner.id };
    const caller = anonymousCaller();

    expect(await caller.auth.requestPasswordReset({ email: `  ${shop.owner.email.toUpperCase()} ` })).toEqual(
      {
        requested: true,
      },
    );
    const token = mailedToken(shop.owner.email);
    expect(await caller.auth.resetPassword({ token, newPassword: NEW })).toEqual({ email: shop.owner.email });

    expect(await authenticateUser(db(), shop.owner.email, NEW)).toMatchObject({ id: shop.owner.id });
    expect(await authenticateUser(db(), shop.owner.email, "password123")).toBeNull();
    expect(await sessionIsLive(db(), phone, rules)).toBe(false);
    await expect(
      caller.auth.resetPassword({ token, newPassword: "another-password-9" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This reset link has expired or was used already. Ask for a new one.",
    });
    const audit = await db().auditLog.findFirst({
      where: { businessId: shop.businessId, action: "auth.password_reset_by_mail" },
    });
    expect(audit?.entityId).toBe(shop.owner.id);
  });

  it("answers the same for an unknown or removed email and mails nothing", async () => {
    const shop = await createTestBusiness();
    await db().user.update({ where: { id: shop.staff.id }, data: { removedAt: new Date() } });
    const before = smtp.received.length;
    for (const email of ["nobody-here@example.test", shop.staff.email]) {
      expect(await anonymousCaller().auth.requestPasswordReset({ email })).toEqual({ requested: true });
    }
    expect(smtp.received.length).toBe(before);
  });

  it("refuses an expired link, a weak password, and a link once a newer one was used", async () => {
    const shop = await createTestBusiness();
    const asked = new Date(Date.now() - PASSWORD_RESET_TTL_MS - 1_000);
    await requestPasswordReset({ db: db(), email: shop.staff.email, requestId: null, now: asked });
    const expired = mailedToken(shop.staff.email);
    await expect(
      resetPasswordWithLink({ db: db(), token: expired, newPassword: NEW, requestId: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await requestPasswordReset({ db: db(), email: shop.staff.email, requestId: null });
    const older = mailedToken(shop.staff.email);
    await requestPasswordReset({ db: db(), email: shop.staff.email, requestId: null });
    const newer = mailedToken(shop.staff.email);
    await expect(
      anonymousCaller().auth.resetPassword({ token: newer, newPassword: "password123" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await anonymousCaller().auth.resetPassword({ token: newer, newPassword: NEW });
    await expect(
      anonymousCaller().auth.resetPassword({ token: older, newPassword: NEW }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("mails one account at most 3 links an hour, answering the same after", async () => {
    const shop = await createTestBusiness();
    for (let ask = 0; ask < 5; ask++) {
      await requestPasswordReset({ db: db(), email: shop.owner.email, requestId: null });
    }
    expect(mailsTo(shop.owner.email)).toBe(3);
  });

  it("without SMTP in production, says to ask the owner instead", async () => {
    delete process.env.SMTP_URL;
    const { NODE_ENV: nodeEnv, AUTH_SECRET: authSecret } = process.env;
    // Production refuses the tests' placeholder secret at boot, so this one is random.
    Object.assign(process.env, { NODE_ENV: "production", AUTH_SECRET: randomBytes(32).toString("base64") });
    resetEnvForTests();
    try {
      await expect(
        anonymousCaller().auth.requestPasswordReset({ email: "someone@example.test" }),
      ).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
        message: expect.stringContaining("shop owner"),
      });
    } finally {
      Object.assign(process.env, { NODE_ENV: nodeEnv, AUTH_SECRET: authSecret, SMTP_URL: smtp.url });
      resetEnvForTests();
    }
  });
});

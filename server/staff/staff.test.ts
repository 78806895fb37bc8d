import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { decodedBody, startTestSmtpServer } from "../mail/test-smtp-server";
import { anonymousCaller, callerFor, createTestBusiness } from "../test/factories";
import { acceptInvitation } from "./accept-invitation";

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

const newcomer = (code: string, email = `new-${crypto.randomUUID().slice(0, 8)}@example.test`) => ({
  code,
  name: "Sunil",
  email,
  password: "sunil-ki-dukaan-42",
});

describe("staff invitations", () => {
  it("emails the link, shows it to the owner, and the invitee joins as staff exactly once", async () => {
    const shop = await createTestBusiness();
    const invitation = await shop.ownerCaller.staff.invite({ email: "sunil@example.test" });
    expect(invitation.code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(invitation.link).toBe(`https://khata.example.test/accept-invite?code=${invitation.code}`);
    expect(invitation.emailed).toBe(true);
    const mail = smtp.received.findLast((message) => message.to.includes("sunil@example.test"));
    expect(decodedBody(mail?.raw ?? "")).toContain(invitation.link);
    // Only a hash of the code is stored.
    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(stored.codeHash).not.toContain(invitation.code);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);

    const joined = await anonymousCaller().staff.acceptInvitation(
      newcomer(invitation.code, "sunil@example.test"),
    );
    const user = await db().user.findUniqueOrThrow({ where: { id: joined.userId } });
    expect(user).toMatchObject({ role: "STAFF", businessId: shop.businessId, name: "Sunil" });
    const me = await callerFor(joined.userId).auth.me();
    expect(me.business.id).toBe(shop.businessId);
    await expect(
      anonymousCaller().staff.acceptInvitation(newcomer(invitation.code, "sunil@example.test")),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("an invitation without email still gives the owner a link to share", async () => {
    const shop = await createTestBusiness();
    const before = smtp.received.length;
    const invitation = await shop.ownerCaller.staff.invite({});
    expect(invitation).toMatchObject({ emailed: false, link: expect.stringContaining(invitation.code) });
    expect(smtp.received.length).toBe(before);
    await anonymousCaller().staff.acceptInvitation(newcomer(invitation.code));
  });

  it("still returns the link when the invitation email cannot be sent", async () => {
    const shop = await createTestBusiness();
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnvForTests();
    try {
      const invitation = await shop.ownerCaller.staff.invite({ email: "offline@example.test" });
      expect(invitation).toMatchObject({ emailed: false, link: expect.stringContaining(invitation.code) });
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvForTests();
    }
  });

  it("refuses expired, revoked and mismatched invitations, and emails already registered", async () => {
    const shop = await createTestBusiness();
    const expired = await shop.ownerCaller.staff.invite({});
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3_600_000);
    await expect(
      acceptInvitation({ db: db(), input: newcomer(expired.code), requestId: null, now: eightDaysLater }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const revoked = await shop.ownerCaller.staff.invite({});
    await shop.ownerCaller.staff.revokeInvitation({ invitationId: revoked.invitationId });
    await expect(anonymousCaller().staff.acceptInvitation(newcomer(revoked.code))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const forAsha = await shop.ownerCaller.staff.invite({ email: "asha@example.test" });
    await expect(
      anonymousCaller().staff.acceptInvitation(newcomer(forAsha.code, "someone-else@example.test")),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { email: expect.any(String) } } });

    const open = await shop.ownerCaller.staff.invite({});
    await expect(
      anonymousCaller().staff.acceptInvitation(newcomer(open.code, shop.owner.email)),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The failed attempt did not use the invitation up.
    await anonymousCaller().staff.acceptInvitation(newcomer(open.code));
    await expect(anonymousCaller().staff.acceptInvitation(newcomer("x".repeat(32)))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists members and pending invitations, and audits invite, revoke, join and removal", async () => {
    const shop = await createTestBusiness();
    const pending = await shop.ownerCaller.staff.invite({ email: "pending@example.test" });
    const revoked = await shop.ownerCaller.staff.invite({});
    await shop.ownerCaller.staff.revokeInvitation({ invitationId: revoked.invitationId });
    const list = await shop.ownerCaller.staff.find();
    expect(list.members.map((member) => [member.role, member.id])).toEqual([
      ["OWNER", shop.owner.id],
      ["STAFF", shop.staff.id],
    ]);
    expect(list.invitations.map((invitation) => invitation.id)).toEqual([pending.invitationId]);
    await shop.ownerCaller.staff.remove({ userId: shop.staff.id });
    expect((await shop.ownerCaller.staff.find()).members.map((member) => member.id)).toEqual([shop.owner.id]);
    const actions = await db().auditLog.findMany({
      where: { businessId: shop.businessId, action: { startsWith: "staff." } },
      select: { action: true },
    });
    expect(actions.map((row) => row.action).sort()).toEqual([
      "staff.invitation_revoke",
      "staff.invite",
      "staff.invite",
      "staff.remove",
    ]);
  });
});

describe("removing staff", () => {
  it("rejects the removed member's very next call", async () => {
    const shop = await createTestBusiness();
    await expect(shop.staffCaller.auth.me()).resolves.toMatchObject({ user: { id: shop.staff.id } });
    await shop.ownerCaller.staff.remove({ userId: shop.staff.id });
    await expect(shop.staffCaller.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(shop.staffCaller.customers.find({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("cannot remove yourself, an owner, or someone from another business", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    await expect(shop.ownerCaller.staff.remove({ userId: shop.owner.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const secondOwner = await db().user.create({
      data: {
        email: `owner2-${crypto.randomUUID()}@example.test`,
        name: "Co-owner",
        role: "OWNER",
        businessId: shop.businessId,
        passwordHash: "x",
      },
    });
    await expect(shop.ownerCaller.staff.remove({ userId: secondOwner.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(shop.ownerCaller.staff.remove({ userId: other.staff.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.staffCaller.auth.me()).resolves.toBeDefined();
  });
});

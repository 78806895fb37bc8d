import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError, assertOwner, notFound } from "../errors";
import { logger } from "../logger";
import { sendMail, smtpErrorCode } from "../mail/send-mail";
import { staffInvitationMail } from "../mail/templates";
import { inTransaction } from "../transaction";
import { invitationCodeHash, invitationLink, newInvitationCode } from "./invitation-code";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The owner invites a staff member. The link is returned to the owner to share (WhatsApp, in
 * person) and, when an email was given, also mailed (only logged in development without SMTP).
 */
export async function createInvitation(ctx: DomainContext, input: { email?: string }, now = new Date()) {
  assertOwner(ctx.actor.role);
  const code = newInvitationCode();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await inTransaction(ctx, async (tx) => {
    const created = await tx.invitation.create({
      data: {
        businessId: ctx.businessId,
        email: input.email ?? null,
        codeHash: invitationCodeHash(code),
        role: "STAFF",
        createdById: ctx.actor.userId ?? "system",
        expiresAt,
      },
      select: { id: true, email: true, expiresAt: true, business: { select: { name: true } } },
    });
    await recordAudit(tx, ctx, {
      action: "staff.invite",
      entityType: "Invitation",
      entityId: created.id,
      after: { role: "STAFF", expiresAt: expiresAt.toISOString(), hasEmail: created.email !== null },
    });
    return created;
  });
  const link = invitationLink(code);
  let emailed = false;
  if (invitation.email) {
    try {
      const mail = staffInvitationMail({
        to: invitation.email,
        link,
        businessName: invitation.business.name,
      });
      emailed = (await sendMail(mail)).delivered;
    } catch (error) {
      // The owner still has the link to share, so a mail failure does not undo the invitation.
      // SMTP errors can quote the recipient address, so only the error code is logged.
      logger.warn({ requestId: ctx.requestId, errorCode: smtpErrorCode(error) }, "invitation email failed");
    }
  }
  return { invitationId: invitation.id, code, link, expiresAt: invitation.expiresAt, emailed };
}

export async function revokeInvitation(
  ctx: DomainContext,
  input: { invitationId: string },
  now = new Date(),
) {
  assertOwner(ctx.actor.role);
  return inTransaction(ctx, async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, businessId: ctx.businessId },
      select: { id: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw notFound("Invitation");
    if (invitation.acceptedAt)
      throw new AppError(
        "CONFLICT",
        "This invitation was already accepted. Remove the staff member instead.",
      );
    if (invitation.revokedAt) return { invitationId: invitation.id, revokedAt: invitation.revokedAt };
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    await recordAudit(tx, ctx, {
      action: "staff.invitation_revoke",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return { invitationId: invitation.id, revokedAt: now };
  });
}

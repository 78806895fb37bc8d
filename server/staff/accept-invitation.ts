import type { z } from "zod";
import { auditSnapshot, recordAudit } from "../audit/record-audit";
import { hashSecret } from "../auth/password";
import type { acceptInvitationInput } from "../auth/schema";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { invitationCodeHash } from "./invitation-code";

type Options = {
  db: Db;
  input: z.output<typeof acceptInvitationInput>;
  requestId: string | null;
  now?: Date;
};

// One message for unknown, used, revoked and expired codes: the response says nothing about which.
const invalid = () =>
  new AppError("BAD_REQUEST", "This invitation link is not valid any more. Ask the owner for a new one.");

/** Public: someone with an invitation code becomes a staff member of that business (once). */
export async function acceptInvitation({ db, input, requestId, now = new Date() }: Options) {
  const invitation = await db.invitation.findUnique({
    where: { codeHash: invitationCodeHash(input.code) },
    select: { id: true, businessId: true, email: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)
    throw invalid();
  if (invitation.email && invitation.email !== input.email) {
    throw new AppError("BAD_REQUEST", "Use the email address the invitation was sent to", {
      email: "Use the email address the invitation was sent to",
    });
  }
  const passwordHash = await hashSecret(input.password);
  try {
    return await db.$transaction(async (tx) => {
      // Single use even when two people submit the same link at once: only one update matches.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) throw invalid();
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: "STAFF",
          businessId: invitation.businessId,
        },
        select: { id: true, email: true, name: true, role: true, businessId: true, createdAt: true },
      });
      const ctx: DomainContext = {
        db,
        businessId: invitation.businessId,
        actor: { type: "USER", userId: user.id, role: user.role },
        requestId,
        source: "DASHBOARD",
      };
      await recordAudit(tx, ctx, {
        action: "staff.join",
        entityType: "User",
        entityId: user.id,
        after: { ...(auditSnapshot(user, ["email", "name"]) as object), invitationId: invitation.id },
      });
      return { userId: user.id, email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists", {
        email: "This email is already registered. Sign in instead.",
      });
    }
    throw error;
  }
}

import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError, assertOwner, forbidden, notFound } from "../errors";
import { inTransaction } from "../transaction";
import { hashSecret, verifySecret } from "./password";
import { endAllSessions } from "./sessions";

// A new password ends every session of that user, on every device and instance: whoever knew
// the old one (or held a session made with it) is signed out. The policy is checked by the input
// schema (server/auth/schema.ts `password`).

/** The caller's own password; the current one must be right. The caller signs in again after. */
export async function changePassword(
  ctx: DomainContext,
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("UNAUTHORIZED", "Sign in first");
  const user = await ctx.db.user.findFirst({
    where: { id: userId, businessId: ctx.businessId, removedAt: null },
    select: { passwordHash: true },
  });
  if (!user || !(await verifySecret(input.currentPassword, user.passwordHash))) {
    throw new AppError("BAD_REQUEST", "The current password is wrong", {
      currentPassword: "The current password is wrong",
    });
  }
  const passwordHash = await hashSecret(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const ended = await endAllSessions(tx, userId, now);
    await recordAudit(tx, ctx, {
      action: "auth.password_change",
      entityType: "User",
      entityId: userId,
      before: null,
      after: { sessionsEnded: ended.count },
    });
    return { sessionsEnded: ended.count };
  });
}

/** The owner sets a new password for a staff member who forgot theirs (no email needed). */
export async function resetStaffPassword(
  ctx: DomainContext,
  input: { userId: string; newPassword: string },
  now = new Date(),
) {
  assertOwner(ctx.actor.role);
  const passwordHash = await hashSecret(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    const member = await tx.user.findFirst({
      where: { id: input.userId, businessId: ctx.businessId, removedAt: null },
      select: { id: true, role: true, email: true },
    });
    if (!member) throw notFound("Staff member");
    if (member.role === "OWNER") throw forbidden("An owner changes their own password");
    await tx.user.update({ where: { id: member.id }, data: { passwordHash } });
    const ended = await endAllSessions(tx, member.id, now);
    await recordAudit(tx, ctx, {
      action: "staff.password_reset",
      entityType: "User",
      entityId: member.id,
      before: null,
      after: auditSnapshot({ sessionsEnded: ended.count }),
    });
    return { userId: member.id, sessionsEnded: ended.count };
  });
}

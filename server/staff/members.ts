import { auditSnapshot, recordAudit } from "../audit/record-audit";
import { endAllSessions } from "../auth/sessions";
import type { DomainContext } from "../context";
import { AppError, assertOwner, forbidden, notFound } from "../errors";
import { inTransaction } from "../transaction";

// A shop has a handful of people; the cap only guards against a runaway list.
const MAX_LISTED = 500;

/** Active members and invitations still waiting to be accepted. Owner only. */
export async function listStaff(ctx: DomainContext, now = new Date()) {
  assertOwner(ctx.actor.role);
  const [members, invitations] = await Promise.all([
    ctx.db.user.findMany({
      where: { businessId: ctx.businessId, removedAt: null },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      take: MAX_LISTED,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
    ctx.db.invitation.findMany({
      where: { businessId: ctx.businessId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      take: MAX_LISTED,
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return { members, invitations };
}

/** Take a staff member's access away; their next request is refused (sessions re-read the user). */
export async function removeStaff(ctx: DomainContext, input: { userId: string }, now = new Date()) {
  assertOwner(ctx.actor.role);
  if (input.userId === ctx.actor.userId) throw new AppError("BAD_REQUEST", "You cannot remove yourself");
  return inTransaction(ctx, async (tx) => {
    const member = await tx.user.findFirst({
      where: { id: input.userId, businessId: ctx.businessId, removedAt: null },
      select: { id: true, role: true, removedAt: true, createdAt: true },
    });
    if (!member) throw notFound("Staff member");
    if (member.role === "OWNER") throw forbidden("An owner cannot be removed");
    await tx.user.update({ where: { id: member.id }, data: { removedAt: now } });
    await endAllSessions(tx, member.id, now);
    await recordAudit(tx, ctx, {
      action: "staff.remove",
      entityType: "User",
      entityId: member.id,
      before: auditSnapshot(member),
      after: auditSnapshot({ ...member, removedAt: now }),
    });
    return { userId: member.id, removedAt: now };
  });
}

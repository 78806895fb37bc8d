import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { notFound } from "../errors";
import { inTransaction } from "../transaction";

/** Withdraws one link of the owner's shop: it answers "expired or withdrawn" from now on. */
export async function revokeLink(ctx: DomainContext, input: { linkId: string }, now = new Date()) {
  return inTransaction(ctx, async (tx) => {
    const link = await tx.publicLink.findFirst({
      where: { id: input.linkId, businessId: ctx.businessId },
      select: { id: true, kind: true, customerId: true, invoiceId: true, revokedAt: true },
    });
    if (!link) throw notFound("Link");
    if (link.revokedAt) return { revoked: 0 };
    await tx.publicLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAudit(tx, ctx, {
      action: "public_link.revoke",
      entityType: "PublicLink",
      entityId: link.id,
      after: {
        kind: link.kind,
        customerId: link.customerId,
        invoiceId: link.invoiceId,
        revokedAt: now.toISOString(),
      },
    });
    return { revoked: 1 };
  });
}

/**
 * Withdraws every live link of one customer (bills and statements) inside the caller's
 * transaction; used by the owner's "withdraw all" and by erasing the customer.
 */
export async function revokeLinksOfCustomer(
  tx: Tx,
  ctx: DomainContext,
  customerId: string,
  reason: "OWNER" | "CUSTOMER_ERASED",
  now = new Date(),
): Promise<number> {
  const { count } = await tx.publicLink.updateMany({
    where: { businessId: ctx.businessId, customerId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count > 0) {
    await recordAudit(tx, ctx, {
      action: "public_link.revoke_customer",
      entityType: "Customer",
      entityId: customerId,
      after: { revokedLinks: count, reason, revokedAt: now.toISOString() },
    });
  }
  return count;
}

export async function revokeCustomerLinks(ctx: DomainContext, input: { customerId: string }) {
  return inTransaction(ctx, async (tx) => {
    const customer = await tx.customer.findFirst({
      where: { id: input.customerId, businessId: ctx.businessId },
      select: { id: true },
    });
    if (!customer) throw notFound("Customer");
    return { revoked: await revokeLinksOfCustomer(tx, ctx, customer.id, "OWNER") };
  });
}

import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { transactionBoundDb } from "../transaction-bound-db";
import { linkForTarget } from "./mint-link";
import { publicLinkUrl } from "./url";

/**
 * The whole-khata statement link of a customer, for messages the system sends (reminders'
 * {statement_link}), inside the caller's transaction. Null for an erased or unknown customer.
 */
export async function statementUrlForCustomer(
  tx: Tx,
  target: { businessId: string; customerId: string; requestId?: string | null },
  now = new Date(),
): Promise<string | null> {
  const customer = await tx.customer.findFirst({
    where: { id: target.customerId, businessId: target.businessId, erasedAt: null },
    select: { id: true },
  });
  if (!customer) return null;
  const ctx: DomainContext = {
    db: transactionBoundDb(tx),
    businessId: target.businessId,
    actor: { type: "SYSTEM", userId: null, role: "OWNER" },
    requestId: target.requestId ?? null,
    source: "SYSTEM",
  };
  const link = await linkForTarget(
    tx,
    ctx,
    { kind: "STATEMENT", customerId: customer.id, rangeFrom: null, rangeTo: null },
    now,
  );
  return publicLinkUrl("STATEMENT", link.token);
}

import type { DomainContext } from "../context";
import { notFound } from "../errors";

/** A customer's khata, newest first, each entry with the balance right after it. */
export async function customerStatement(
  ctx: DomainContext,
  input: { customerId: string; cursor?: string | null; limit: number },
) {
  const customer = await ctx.db.customer.findFirst({
    where: { id: input.customerId, businessId: ctx.businessId },
    select: { id: true },
  });
  if (!customer) throw notFound("Customer");
  const rows = await ctx.db.ledgerEntry.findMany({
    where: { businessId: ctx.businessId, customerId: input.customerId },
    orderBy: { seq: "desc" },
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      type: true,
      amountPaise: true,
      balanceAfterPaise: true,
      paymentMode: true,
      reference: true,
      note: true,
      occurredAt: true,
      createdAt: true,
      source: true,
      invoice: { select: { id: true, number: true } },
      reversesEntryId: true,
      reversedBy: { select: { id: true } },
    },
  });
  const hasMore = rows.length > input.limit;
  const items = rows.slice(0, input.limit).map((row) => ({
    ...row,
    balanceAfterPaise: Number(row.balanceAfterPaise),
    reversed: row.reversedBy !== null,
  }));
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

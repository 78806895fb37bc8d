import { istDateString } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { notFound } from "../errors";

const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A customer's links, live ones first: what was shared, until when, and whether withdrawn. */
export async function findCustomerLinks(ctx: DomainContext, input: { customerId: string }, now = new Date()) {
  const customer = await ctx.db.customer.findFirst({
    where: { id: input.customerId, businessId: ctx.businessId },
    select: { id: true },
  });
  if (!customer) throw notFound("Customer");
  const rows = await ctx.db.publicLink.findMany({
    where: { businessId: ctx.businessId, customerId: customer.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      rangeFrom: true,
      rangeTo: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      invoice: { select: { id: true, number: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    invoice: row.invoice,
    from: dayOf(row.rangeFrom),
    to: dayOf(row.rangeTo),
    createdOn: istDateString(row.createdAt),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    live: row.revokedAt === null && row.expiresAt > now,
  }));
}

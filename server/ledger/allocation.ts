import type { DomainContext } from "../context";
import type { Tx } from "../db";

function statusFor(paidPaise: number, totalPaise: number) {
  if (paidPaise <= 0) return "ISSUED" as const;
  return paidPaise >= totalPaise ? ("PAID" as const) : ("PARTIALLY_PAID" as const);
}

/** Move `amountPaise` (signed) of a payment onto an invoice and keep its status in step. */
export async function allocateToInvoice(
  tx: Tx,
  entryId: string,
  invoice: { id: string; paidPaise: number; totalPaise: number },
  amountPaise: number,
) {
  const paidPaise = invoice.paidPaise + amountPaise;
  await tx.paymentAllocation.create({ data: { entryId, invoiceId: invoice.id, amountPaise } });
  await tx.invoice.update({
    where: { id: invoice.id },
    data: { paidPaise, status: statusFor(paidPaise, invoice.totalPaise) },
  });
}

/**
 * Apply the customer's unapplied payments (oldest first) to open invoices (oldest first).
 * Call with the customer row already locked by postLedgerEntry in the same transaction.
 */
export async function applyUnappliedPayments(tx: Tx, ctx: DomainContext, customerId: string) {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { unappliedPaise: true },
  });
  if (customer.unappliedPaise <= 0n) return;
  const openInvoices = await tx.invoice.findMany({
    where: { businessId: ctx.businessId, customerId, status: { in: ["ISSUED", "PARTIALLY_PAID"] } },
    orderBy: [{ issuedAt: "asc" }, { seq: "asc" }],
    select: { id: true, paidPaise: true, totalPaise: true },
  });
  if (openInvoices.length === 0) return;
  const payments = await tx.$queryRaw<{ id: string; freePaise: number }[]>`
    SELECT e."id", (-e."amountPaise" - COALESCE(SUM(a."amountPaise"), 0))::int AS "freePaise"
    FROM "LedgerEntry" e
    LEFT JOIN "PaymentAllocation" a ON a."entryId" = e."id"
    WHERE e."businessId" = ${ctx.businessId} AND e."customerId" = ${customerId} AND e."type" = 'PAYMENT'
      AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" r WHERE r."reversesEntryId" = e."id")
    GROUP BY e."id", e."seq"
    HAVING -e."amountPaise" - COALESCE(SUM(a."amountPaise"), 0) > 0
    ORDER BY e."seq"`;
  let applied = 0;
  let invoiceIndex = 0;
  for (const payment of payments) {
    let free = payment.freePaise;
    while (free > 0 && invoiceIndex < openInvoices.length) {
      const invoice = openInvoices[invoiceIndex];
      if (!invoice) break;
      const take = Math.min(free, invoice.totalPaise - invoice.paidPaise);
      await allocateToInvoice(tx, payment.id, invoice, take);
      invoice.paidPaise += take;
      free -= take;
      applied += take;
      if (invoice.paidPaise >= invoice.totalPaise) invoiceIndex += 1;
    }
  }
  if (applied > 0) {
    await tx.customer.update({ where: { id: customerId }, data: { unappliedPaise: { decrement: applied } } });
  }
}

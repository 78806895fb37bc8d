import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError, assertOwner, notFound } from "../errors";
import { applyUnappliedPayments } from "../ledger/allocation";
import { postReversal } from "../ledger/reverse-entry";
import { idempotent, inTransaction } from "../transaction";
import { invoiceSummarySelect } from "./issue-invoice";
import type { CancelInvoiceInput } from "./schema";
import { changeStock } from "./stock";

/**
 * Cancel an invoice (owner only). The number stays used; the khata entry is reversed; money
 * paid against it becomes an advance again and settles the customer's other open invoices.
 */
export async function cancelInvoice(ctx: DomainContext, input: CancelInvoiceInput) {
  assertOwner(ctx.actor.role);
  const invoice = await ctx.db.invoice.findFirst({
    where: { id: input.invoiceId, businessId: ctx.businessId },
    select: { id: true, customerId: true },
  });
  if (!invoice) throw notFound("Invoice");
  return idempotent(
    () => findEarlierCancel(ctx, input),
    () => inTransaction(ctx, (tx) => cancelInTransaction(tx, ctx, invoice, input)),
  );
}

async function findEarlierCancel(ctx: DomainContext, input: CancelInvoiceInput) {
  const entry = await ctx.db.ledgerEntry.findUnique({
    where: {
      businessId_idempotencyKey: { businessId: ctx.businessId, idempotencyKey: input.idempotencyKey },
    },
    select: { type: true, invoiceId: true },
  });
  if (!entry) return null;
  if (entry.type !== "REVERSAL" || entry.invoiceId !== input.invoiceId) {
    throw new AppError("CONFLICT", "This idempotency key was already used for another entry");
  }
  return ctx.db.invoice.findFirstOrThrow({
    where: { id: input.invoiceId, businessId: ctx.businessId },
    select: invoiceSummarySelect,
  });
}

async function cancelInTransaction(
  tx: Tx,
  ctx: DomainContext,
  invoice: { id: string; customerId: string },
  input: CancelInvoiceInput,
) {
  // Lock order shared with payments and issuing: customer row first, then the invoice, then stock.
  await tx.$executeRaw`SELECT 1 FROM "Customer" WHERE "id" = ${invoice.customerId} FOR NO KEY UPDATE`;
  const current = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "Invoice" WHERE "id" = ${invoice.id} FOR UPDATE`;
  if (current[0]?.status === "CANCELLED") {
    // A concurrent retry of the same request finds the first one's result; anything else conflicts.
    const earlier = await findEarlierCancel(ctx, input);
    if (earlier) return earlier;
    throw new AppError("CONFLICT", "This invoice is already cancelled");
  }

  const releasedPaise = await releasePayments(tx, invoice.id);
  await tx.invoice.update({
    where: { id: invoice.id },
    data: { status: "CANCELLED", paidPaise: 0, cancelledAt: new Date(), cancelReason: input.reason },
  });
  if (releasedPaise > 0) {
    await tx.customer.update({
      where: { id: invoice.customerId },
      data: { unappliedPaise: { increment: releasedPaise } },
    });
  }
  const invoiceEntry = await tx.ledgerEntry.findFirstOrThrow({
    where: { businessId: ctx.businessId, invoiceId: invoice.id, type: "INVOICE" },
  });
  await postReversal(tx, ctx, invoiceEntry, { reason: input.reason, idempotencyKey: input.idempotencyKey });
  await applyUnappliedPayments(tx, ctx, invoice.customerId);

  const lines = await tx.invoiceLine.findMany({
    where: { invoiceId: invoice.id },
    select: { productId: true, quantityMilli: true },
  });
  await changeStock(tx, ctx, lines, 1);
  const cancelled = await tx.invoice.findUniqueOrThrow({
    where: { id: invoice.id },
    select: invoiceSummarySelect,
  });
  await recordAudit(tx, ctx, {
    action: "invoice.cancel",
    entityType: "Invoice",
    entityId: invoice.id,
    before: { status: current[0]?.status ?? null },
    after: { status: "CANCELLED", number: cancelled.number, reason: input.reason, releasedPaise },
  });
  return cancelled;
}

/**
 * Take back what each (not reversed) payment settled on this invoice; a reversed payment's
 * allocations were already taken back by its reversal. Returns the total released.
 */
async function releasePayments(tx: Tx, invoiceId: string) {
  const held = await tx.$queryRaw<{ entryId: string; amountPaise: number }[]>`
    SELECT a."entryId", SUM(a."amountPaise")::int AS "amountPaise"
    FROM "PaymentAllocation" a
    JOIN "LedgerEntry" e ON e."id" = a."entryId"
    WHERE a."invoiceId" = ${invoiceId} AND e."type" = 'PAYMENT'
      AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" r WHERE r."reversesEntryId" = e."id")
    GROUP BY a."entryId"
    HAVING SUM(a."amountPaise") > 0`;
  if (held.length === 0) return 0;
  await tx.paymentAllocation.createMany({
    data: held.map((row) => ({ entryId: row.entryId, invoiceId, amountPaise: -row.amountPaise })),
  });
  return held.reduce((total, row) => total + row.amountPaise, 0);
}

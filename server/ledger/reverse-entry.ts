import type { LedgerEntry } from "@/generated/prisma/client";
import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError, notFound } from "../errors";
import { idempotent, inTransaction } from "../transaction";
import { allocateToInvoice, applyUnappliedPayments } from "./allocation";
import { postLedgerEntry, serializeEntry } from "./post-entry";

/** Take back what a payment settled on invoices; returns the part that was never applied. */
async function releasePaymentAllocations(tx: Tx, payment: LedgerEntry, reversalId: string) {
  const byInvoice = await tx.paymentAllocation.groupBy({
    by: ["invoiceId"],
    where: { entryId: payment.id },
    _sum: { amountPaise: true },
  });
  let allocated = 0;
  for (const group of byInvoice) {
    const amount = group._sum.amountPaise ?? 0;
    if (amount <= 0) continue;
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: group.invoiceId },
      select: { id: true, paidPaise: true, totalPaise: true, status: true },
    });
    allocated += amount;
    if (invoice.status === "CANCELLED") continue;
    await allocateToInvoice(tx, reversalId, invoice, -amount);
  }
  return -payment.amountPaise - allocated;
}

/** Inside a transaction: post the mirror entry of `original` and undo its side effects. */
export async function postReversal(
  tx: Tx,
  ctx: DomainContext,
  original: LedgerEntry,
  options: { reason: string; idempotencyKey: string },
) {
  const alreadyReversed = await tx.ledgerEntry.findUnique({ where: { reversesEntryId: original.id } });
  if (alreadyReversed) throw new AppError("CONFLICT", "This entry has already been reversed");
  const reversal = await postLedgerEntry(tx, ctx, {
    customerId: original.customerId,
    type: "REVERSAL",
    amountPaise: -original.amountPaise,
    note: options.reason,
    invoiceId: original.invoiceId,
    reversesEntryId: original.id,
    idempotencyKey: options.idempotencyKey,
  });
  if (original.type === "PAYMENT") {
    const neverApplied = await releasePaymentAllocations(tx, original, reversal.id);
    if (neverApplied > 0) {
      await tx.customer.update({
        where: { id: original.customerId },
        data: { unappliedPaise: { decrement: neverApplied } },
      });
    }
    await applyUnappliedPayments(tx, ctx, original.customerId);
  }
  await recordAudit(tx, ctx, {
    action: "ledger.reverse",
    entityType: "LedgerEntry",
    entityId: reversal.id,
    before: auditSnapshot(original, ["note", "reference"]),
    after: auditSnapshot(reversal, ["reference"]),
  });
  return reversal;
}

/** Undo a payment or credit by a reversal entry; invoices are undone by cancelling them. */
export async function reverseEntry(
  ctx: DomainContext,
  input: { entryId: string; reason: string; idempotencyKey: string },
) {
  const original = await ctx.db.ledgerEntry.findFirst({
    where: { id: input.entryId, businessId: ctx.businessId },
  });
  if (!original) throw notFound("Entry");
  if (original.type === "REVERSAL") throw new AppError("BAD_REQUEST", "A reversal cannot be reversed");
  if (original.type === "INVOICE") {
    throw new AppError("BAD_REQUEST", "Cancel the invoice to reverse its entry");
  }
  const reversal = await idempotent(
    () =>
      ctx.db.ledgerEntry.findUnique({
        where: {
          businessId_idempotencyKey: { businessId: ctx.businessId, idempotencyKey: input.idempotencyKey },
        },
      }),
    () => inTransaction(ctx, (tx) => postReversal(tx, ctx, original, input)),
  );
  return serializeEntry(reversal);
}

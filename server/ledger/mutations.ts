import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError } from "../errors";
import { idempotent, inTransaction } from "../transaction";
import { applyUnappliedPayments } from "./allocation";
import { postLedgerEntry, serializeEntry } from "./post-entry";
import type { RecordCreditInput, RecordPaymentInput } from "./schema";

function findByKey(ctx: DomainContext, idempotencyKey: string) {
  return ctx.db.ledgerEntry.findUnique({
    where: { businessId_idempotencyKey: { businessId: ctx.businessId, idempotencyKey } },
  });
}

function assertSameRequest(
  earlier: { customerId: string; amountPaise: number },
  customerId: string,
  amountPaise: number,
) {
  if (earlier.customerId !== customerId || earlier.amountPaise !== amountPaise) {
    throw new AppError("CONFLICT", "This idempotency key was already used for a different entry");
  }
}

/** "You got": the customer paid; the payment settles open invoices oldest first. */
export async function recordPayment(ctx: DomainContext, input: RecordPaymentInput) {
  const entry = await idempotent(
    () => findByKey(ctx, input.idempotencyKey),
    () =>
      inTransaction(ctx, async (tx) => {
        const payment = await postLedgerEntry(tx, ctx, {
          customerId: input.customerId,
          type: "PAYMENT",
          amountPaise: -input.amountPaise,
          unappliedDeltaPaise: input.amountPaise,
          paymentMode: input.mode,
          reference: input.reference,
          note: input.note,
          idempotencyKey: input.idempotencyKey,
        });
        await applyUnappliedPayments(tx, ctx, input.customerId);
        await recordAudit(tx, ctx, {
          action: "ledger.payment",
          entityType: "LedgerEntry",
          entityId: payment.id,
          after: auditSnapshot(payment, ["note", "reference"]),
        });
        return payment;
      }),
  );
  assertSameRequest(entry, input.customerId, -input.amountPaise);
  return serializeEntry(entry);
}

/** "You gave": goods or cash on credit without an itemised invoice. */
export async function recordCredit(ctx: DomainContext, input: RecordCreditInput) {
  const entry = await idempotent(
    () => findByKey(ctx, input.idempotencyKey),
    () =>
      inTransaction(ctx, async (tx) => {
        const credit = await postLedgerEntry(tx, ctx, {
          customerId: input.customerId,
          type: "CREDIT",
          amountPaise: input.amountPaise,
          note: input.note,
          idempotencyKey: input.idempotencyKey,
        });
        await recordAudit(tx, ctx, {
          action: "ledger.credit",
          entityType: "LedgerEntry",
          entityId: credit.id,
          after: auditSnapshot(credit, ["note"]),
        });
        return credit;
      }),
  );
  assertSameRequest(entry, input.customerId, input.amountPaise);
  return serializeEntry(entry);
}

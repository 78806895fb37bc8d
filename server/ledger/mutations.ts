import { entryDateProblem, occurredAtForDay } from "@/lib/ledger/entry-date";
import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError } from "../errors";
import { countPayment } from "../observability/business-metrics";
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

const ENTRY_DATE_MESSAGES = {
  future: "The date cannot be in the future",
  tooOld: "The date cannot be more than a year ago",
} as const;

/**
 * The `occurredAt` for an entry dated `occurredOn` (IST day), checked against `now`: not after
 * today in India, at most a year back. Shown under the form's date field (`occurredOn`).
 */
export function entryOccurredAt(occurredOn: string | null | undefined, now: Date): Date | undefined {
  if (!occurredOn) return undefined;
  const problem = entryDateProblem(occurredOn, now);
  if (problem) {
    const message = ENTRY_DATE_MESSAGES[problem];
    throw new AppError("BAD_REQUEST", message, { occurredOn: message });
  }
  return occurredAtForDay(occurredOn, now);
}

/** "You got": the customer paid; the payment settles open invoices oldest first. */
export async function recordPayment(ctx: DomainContext, input: RecordPaymentInput, now = new Date()) {
  const occurredAt = entryOccurredAt(input.occurredOn, now);
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
          occurredAt,
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
      }).then((payment) => {
        // Counted once: a repeated request is answered by `find` above and never reaches here.
        countPayment(ctx.source);
        return payment;
      }),
  );
  assertSameRequest(entry, input.customerId, -input.amountPaise);
  return serializeEntry(entry);
}

/** "You gave": goods or cash on credit without an itemised invoice. */
export async function recordCredit(ctx: DomainContext, input: RecordCreditInput, now = new Date()) {
  const occurredAt = entryOccurredAt(input.occurredOn, now);
  const entry = await idempotent(
    () => findByKey(ctx, input.idempotencyKey),
    () =>
      inTransaction(ctx, async (tx) => {
        const credit = await postLedgerEntry(tx, ctx, {
          customerId: input.customerId,
          type: "CREDIT",
          amountPaise: input.amountPaise,
          note: input.note,
          occurredAt,
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

import type { LedgerEntryType, PaymentMode } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { notFound } from "../errors";
import { stopReminders } from "../reminders/cancel-reminder";

export type PostEntryInput = {
  customerId: string;
  type: LedgerEntryType;
  /** Signed paise: positive — the customer owes more; negative — owes less. */
  amountPaise: number;
  idempotencyKey: string;
  paymentMode?: PaymentMode | null;
  reference?: string | null;
  note?: string | null;
  invoiceId?: string | null;
  reversesEntryId?: string | null;
  unappliedDeltaPaise?: number;
  /** When it happened, if not now (a dated entry); the order of entries (seq) is still posting order. */
  occurredAt?: Date;
};

/**
 * The way money enters the khata, one entry at a time; bulk-post.ts is its bulk twin (CSV import,
 * the large seed), and single-writer.test.ts keeps every other file from writing entries or
 * balances. The balance update takes the customer's row lock, so concurrent writes on one
 * customer queue up and the running balance is exact.
 */
export async function postLedgerEntry(tx: Tx, ctx: DomainContext, input: PostEntryInput) {
  const unappliedDelta = input.unappliedDeltaPaise ?? 0;
  const rows = await tx.$queryRaw<{ balancePaise: bigint }[]>`
    UPDATE "Customer"
    SET "balancePaise" = "balancePaise" + ${input.amountPaise},
        "unappliedPaise" = "unappliedPaise" + ${unappliedDelta},
        "lastActivityAt" = now(), "updatedAt" = now()
    WHERE "id" = ${input.customerId} AND "businessId" = ${ctx.businessId} AND "erasedAt" IS NULL
    RETURNING "balancePaise"`;
  const row = rows[0];
  if (!row) throw notFound("Customer");
  // Nothing owed any more: pending reminders stop here, in the same transaction as the entry.
  if (input.amountPaise < 0 && row.balancePaise <= 0n) {
    await stopReminders(tx, ctx, { customerId: input.customerId }, "PAID");
  }
  return tx.ledgerEntry.create({
    data: {
      businessId: ctx.businessId,
      customerId: input.customerId,
      type: input.type,
      amountPaise: input.amountPaise,
      balanceAfterPaise: row.balancePaise,
      paymentMode: input.paymentMode ?? null,
      reference: input.reference ?? null,
      note: input.note ?? null,
      invoiceId: input.invoiceId ?? null,
      reversesEntryId: input.reversesEntryId ?? null,
      idempotencyKey: input.idempotencyKey,
      source: ctx.source,
      createdById: ctx.actor.userId,
      occurredAt: input.occurredAt,
    },
  });
}

export function serializeEntry<T extends { balanceAfterPaise: bigint }>(entry: T) {
  return { ...entry, balanceAfterPaise: Number(entry.balanceAfterPaise) };
}

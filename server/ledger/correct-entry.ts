import type { DomainContext } from "../context";
import { AppError, notFound } from "../errors";
import { idempotent, inTransaction } from "../transaction";
import { applyUnappliedPayments } from "./allocation";
import { postLedgerEntry, serializeEntry } from "./post-entry";
import { postReversal } from "./reverse-entry";

/**
 * Editing an amount never rewrites history: the old entry is reversed and a new one of the same
 * kind is posted, both in one transaction, so the khata shows exactly what changed and when.
 */
export async function correctEntry(
  ctx: DomainContext,
  input: { entryId: string; amountPaise: number; reason: string; idempotencyKey: string },
) {
  const original = await ctx.db.ledgerEntry.findFirst({
    where: { id: input.entryId, businessId: ctx.businessId },
  });
  if (!original) throw notFound("Entry");
  if (original.type !== "PAYMENT" && original.type !== "CREDIT") {
    throw new AppError(
      "BAD_REQUEST",
      "Only payments and credits can be corrected; cancel an invoice instead",
    );
  }
  const correctedKey = `${input.idempotencyKey}:corrected`;
  const corrected = await idempotent(
    () =>
      ctx.db.ledgerEntry.findUnique({
        where: { businessId_idempotencyKey: { businessId: ctx.businessId, idempotencyKey: correctedKey } },
      }),
    () =>
      inTransaction(ctx, async (tx) => {
        await postReversal(tx, ctx, original, {
          reason: input.reason,
          idempotencyKey: `${input.idempotencyKey}:reversal`,
        });
        const isPayment = original.type === "PAYMENT";
        const replacement = await postLedgerEntry(tx, ctx, {
          customerId: original.customerId,
          type: original.type,
          amountPaise: isPayment ? -input.amountPaise : input.amountPaise,
          unappliedDeltaPaise: isPayment ? input.amountPaise : 0,
          paymentMode: original.paymentMode,
          reference: original.reference,
          note: input.reason,
          idempotencyKey: correctedKey,
        });
        if (isPayment) await applyUnappliedPayments(tx, ctx, original.customerId);
        return replacement;
      }),
  );
  return serializeEntry(corrected);
}

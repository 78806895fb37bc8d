import type { DomainContext } from "../../context";
import { cancelInvoice } from "../../invoices/cancel-invoice";
import { reverseEntry } from "../../ledger/reverse-entry";
import { UNDO_WINDOW_MS } from "./dialogue/windows";
import { type Lang, replies } from "./replies";
import type { Outcome } from "./types";

/** The caller's latest voice entry or invoice, if it is recent and not undone yet. */
export function findUndoableTurn(ctx: DomainContext, now = new Date(), turnId?: string) {
  return ctx.db.voiceTurn.findFirst({
    where: {
      ...(turnId ? { id: turnId } : {}),
      businessId: ctx.businessId,
      userId: ctx.actor.userId ?? "",
      status: { in: ["EXECUTED", "CONFIRMED"] },
      resultEntityType: { in: ["LedgerEntry", "Invoice"] },
      undoneAt: null,
      createdAt: { gte: new Date(now.getTime() - UNDO_WINDOW_MS) },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, resultEntityType: true, resultEntityId: true },
  });
}

/**
 * Undo the caller's last voice action within five minutes: a payment or credit is reversed, an
 * invoice cancelled (owner only: cancelInvoice refuses staff, and the refusal is spoken).
 */
export async function undoLastVoiceEntry(ctx: DomainContext, lang: Lang, turnId?: string): Promise<Outcome> {
  const turn = await findUndoableTurn(ctx, new Date(), turnId);
  if (!turn?.resultEntityId) return { status: "REJECTED", reply: replies.nothingToUndo(lang) };
  const idempotencyKey = `voice:undo:${turn.id}`;
  const reason = "Undone by voice";
  let outcome: Outcome;
  if (turn.resultEntityType === "Invoice") {
    const invoice = await cancelInvoice(ctx, { invoiceId: turn.resultEntityId, reason, idempotencyKey });
    outcome = {
      status: "EXECUTED",
      reply: replies.invoiceCancelled(lang, invoice.number),
      resultEntityType: "InvoiceCancellation",
      resultEntityId: invoice.id,
    };
  } else {
    const reversal = await reverseEntry(ctx, { entryId: turn.resultEntityId, reason, idempotencyKey });
    outcome = {
      status: "EXECUTED",
      reply: replies.undone(lang),
      resultEntityType: "Reversal",
      resultEntityId: reversal.id,
    };
  }
  // Both the question turn and its spoken "haan" carry the entity; neither may be undone twice.
  await ctx.db.voiceTurn.updateMany({
    where: { businessId: ctx.businessId, resultEntityId: turn.resultEntityId, undoneAt: null },
    data: { undoneAt: new Date() },
  });
  return outcome;
}

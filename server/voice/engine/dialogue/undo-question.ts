import { randomUUID } from "node:crypto";
import type { DomainContext } from "../../../context";
import { inOneTransaction } from "../../../transaction";
import type { Language } from "../../types";
import { type Lang, replies, replyLang } from "../replies";
import { saveTurn } from "../turns";
import type { Outcome, VoiceAction, VoiceResult } from "../types";
import { findUndoableTurn } from "../undo";
import { closeOpenQuestions } from "./open-turn";
import { storedCommand } from "./stored-command";

/** What an undo would take back, in the merchant's words. */
export type UndoTarget = {
  turnId: string;
  customerName: string;
  what: { kind: "payment" | "credit"; amountPaise: number } | { kind: "invoice"; number: string };
};

/** The caller's undoable turn (that one, or the latest), with what it wrote; null when none. */
export async function findUndoTarget(ctx: DomainContext, turnId?: string): Promise<UndoTarget | null> {
  const turn = await findUndoableTurn(ctx, new Date(), turnId);
  if (!turn?.resultEntityId) return null;
  if (turn.resultEntityType === "Invoice") {
    const invoice = await ctx.db.invoice.findFirst({
      where: { id: turn.resultEntityId, businessId: ctx.businessId },
      select: { number: true, customer: { select: { name: true } } },
    });
    if (!invoice) return null;
    return {
      turnId: turn.id,
      customerName: invoice.customer.name,
      what: { kind: "invoice", number: invoice.number },
    };
  }
  const entry = await ctx.db.ledgerEntry.findFirst({
    where: { id: turn.resultEntityId, businessId: ctx.businessId },
    select: { type: true, amountPaise: true, customer: { select: { name: true } } },
  });
  if (!entry) return null;
  const kind = entry.type === "PAYMENT" ? "payment" : "credit";
  return {
    turnId: turn.id,
    customerName: entry.customer.name,
    what: { kind, amountPaise: Math.abs(entry.amountPaise) },
  };
}

/** "Rahul Sharma ka ₹100 payment hata doon? Haan ya nahi?": the undo, asked by name. */
export async function undoQuestion(
  ctx: DomainContext,
  lang: Lang,
  turnId?: string,
): Promise<{ outcome: Outcome; action: VoiceAction | null }> {
  const target = await findUndoTarget(ctx, turnId);
  if (!target) return { outcome: { status: "REJECTED", reply: replies.nothingToUndo(lang) }, action: null };
  return {
    outcome: { status: "NEEDS_CONFIRMATION", reply: replies.confirmUndo(lang, target) },
    action: { kind: "undo_last", turnId: target.turnId },
  };
}

/**
 * The panel's Undo button under a reply: the same question a spoken "undo" asks, for that turn;
 * the answer goes through voice.confirm like any other question.
 */
export async function askToUndo(ctx: DomainContext, input: { turnId?: string }): Promise<VoiceResult> {
  const last = await ctx.db.voiceTurn.findFirst({
    where: {
      businessId: ctx.businessId,
      userId: ctx.actor.userId ?? "",
      ...(input.turnId ? { id: input.turnId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { language: true },
  });
  const language = (last?.language ?? "en") as Language;
  const turnId = randomUUID();
  const { outcome } = await inOneTransaction(ctx, async (tx) => {
    await closeOpenQuestions(tx);
    const asked = await undoQuestion(tx, replyLang(language), input.turnId);
    await saveTurn(tx, {
      id: turnId,
      channel: "TYPED",
      transcript: "Undo",
      language,
      intent: "undo_last",
      commandJson: storedCommand("undo_last", {
        question: asked.action ? { kind: "confirm", action: asked.action } : null,
      }),
      status: asked.outcome.status,
      replyText: asked.outcome.reply,
      parseMs: 0,
      executeMs: 0,
      totalMs: 0,
    });
    return asked;
  });
  const asking = outcome.status === "NEEDS_CONFIRMATION";
  return {
    turnId,
    status: outcome.status,
    intent: "undo_last",
    language,
    reply: outcome.reply,
    candidates: [],
    confirmTurnId: asking ? turnId : null,
    resultEntityType: null,
    resultEntityId: null,
  };
}

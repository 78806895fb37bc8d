import type { DomainContext } from "../../context";
import { findCustomers } from "../../customers/queries";
import { collectedBetween } from "../../reports/collections";
import { receivableTotals } from "../../reports/dashboard";
import { type Lang, replies } from "./replies";
import type { Outcome, VoiceAction } from "./types";

type CollectionsAction = Extract<VoiceAction, { kind: "get_collections" }>;

/** "aaj kitna paisa aaya": the period's collections, with how many payments made them. */
export async function answerCollections(
  ctx: DomainContext,
  action: CollectionsAction,
  lang: Lang,
): Promise<Outcome> {
  const { collectedPaise, payments } = await collectedBetween(ctx, action.from, action.to);
  return { status: "EXECUTED", reply: replies.collections(lang, action, collectedPaise, payments) };
}

/** "total kitna baaki hai": what everyone owes together, and who owes the most. */
export async function answerTotalDue(ctx: DomainContext, lang: Lang): Promise<Outcome> {
  const [totals, top] = await Promise.all([
    receivableTotals(ctx),
    findCustomers(ctx, { sort: "balance", cursor: 0, limit: 1 }),
  ]);
  const first = top.items[0];
  const topDebtor = first && first.balancePaise > 0 ? first : null;
  return { status: "EXECUTED", reply: replies.totalDue(lang, totals, topDebtor) };
}

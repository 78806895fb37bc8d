import type { DomainContext } from "../../../context";
import type { ParsedCommand } from "../../types";
import { voiceProducts } from "../catalog";
import { executeAction } from "../execute";
import { type ConfirmRules, type Plan, planCommand, ranUnasked } from "../plan";
import { type Lang, replies, replyLang } from "../replies";
import type { Outcome, VoiceChannel } from "../types";
import { lookUpQuestion } from "./confirm-questions";
import { questionCandidates, questionStatus } from "./open-question";
import { closeOpenQuestions } from "./open-turn";
import { type StoredCommand, storedCommand } from "./stored-command";

/** What a turn did (or asks), what it stores, and the names to offer as buttons. */
export type Decided = { outcome: Outcome; stored: StoredCommand; candidates: { id: string; name: string }[] };

/** How this shop wants a command heard on this channel read back. */
export async function shopRules(ctx: DomainContext, channel: VoiceChannel): Promise<ConfirmRules> {
  const business = await ctx.db.business.findUniqueOrThrow({
    where: { id: ctx.businessId },
    select: { voiceConfirmPaise: true, voiceQuickMode: true },
  });
  return {
    confirmPaise: business.voiceConfirmPaise,
    quickMode: business.voiceQuickMode,
    spoken: channel !== "TYPED",
  };
}

export const rejected = (intent: string, reply: string): Decided => ({
  outcome: { status: "REJECTED", reply },
  stored: storedCommand(intent),
  candidates: [],
});

/**
 * Runs a plan: execute it (its idempotency key is the turn's), or store the question it asks,
 * or say why not. Shared by a new command and by an answer that leads to a read-back.
 */
export async function carryOut(
  ctx: DomainContext,
  plan: Plan,
  facts: { intent: string; lang: Lang; rules: ConfirmRules; key: string },
): Promise<Decided> {
  const { intent, lang } = facts;
  if (plan.step === "reject") return rejected(intent, plan.reply);
  if (plan.step === "execute") {
    const outcome = await executeAction(ctx, plan.action, facts.key, lang);
    if (outcome.status === "EXECUTED" && ranUnasked(plan.action, facts.rules)) {
      outcome.reply = `${outcome.reply} ${replies.undoHint(lang)}`;
    }
    return { outcome, stored: storedCommand(intent, { action: plan.action }), candidates: [] };
  }
  const asked = await lookUpQuestion(ctx, plan, lang);
  if ("refused" in asked) return rejected(intent, asked.refused);
  return {
    outcome: { status: questionStatus(asked.question), reply: asked.reply },
    stored: storedCommand(intent, { question: asked.question }),
    candidates: questionCandidates(asked.question),
  };
}

/** A new (or newly completed) command: it closes any open question, then goes by the decision table. */
export async function decideCommand(
  ctx: DomainContext,
  parsed: ParsedCommand,
  turnId: string,
  channel: VoiceChannel,
): Promise<Decided> {
  await closeOpenQuestions(ctx);
  const [rules, products] = await Promise.all([shopRules(ctx, channel), voiceProducts(ctx)]);
  const productUnits = new Map(products.map((product) => [product.id, product.unit]));
  const plan = planCommand(parsed, { ...rules, productUnits });
  const lang = replyLang(parsed.language);
  return carryOut(ctx, plan, { intent: parsed.intent, lang, rules, key: `voice:${turnId}` });
}

import type { DomainContext } from "../../../context";
import { executeAction } from "../execute";
import { planChosen } from "../plan";
import { replies, replyLang } from "../replies";
import { type Outcome, withCustomer } from "../types";
import { carryOut, type Decided, rejected, shopRules } from "./decide";
import { type AskedTurn, claimQuestion } from "./open-turn";
import { storedCommand } from "./stored-command";

export type Answer = { yes: boolean; choice?: { id: string; byPosition: boolean } | undefined };

/** "haan" to "Rahul Sharma ya Rahul Gupta?": not an answer; the same question again. */
export function askAgain(turn: AskedTurn, intent: string): Decided {
  const question = turn.question;
  const candidates = question.kind === "choose_customer" ? question.candidates : [];
  return {
    outcome: {
      status: "NEEDS_CONFIRMATION",
      reply: replies.whichOne(
        replyLang(turn.language),
        candidates.map((candidate) => candidate.name),
      ),
    },
    stored: storedCommand(intent, { question }),
    candidates,
  };
}

/** The question's turn shows what its answer did (undo and the history read it there). */
async function recordResult(ctx: DomainContext, turnId: string, outcome: Outcome) {
  await ctx.db.voiceTurn.updateMany({
    where: { id: turnId, businessId: ctx.businessId },
    data: {
      status: outcome.status === "EXECUTED" ? "CONFIRMED" : outcome.status,
      replyText: outcome.reply,
      resultEntityType: outcome.resultEntityType ?? null,
      resultEntityId: outcome.resultEntityId ?? null,
    },
  });
}

/**
 * A yes, a no or a chosen customer for an open question. Runs what the question stored, never
 * the answer's words; a chosen customer's command goes through the read-back rules again.
 */
export async function answerQuestion(
  ctx: DomainContext,
  turn: AskedTurn,
  answer: Answer,
  intent: string,
): Promise<Decided> {
  const lang = replyLang(turn.language);
  const question = turn.question;
  const taken = () => rejected(intent, replies.nothingPending(lang));
  if (!answer.yes) {
    if (!(await claimQuestion(ctx, turn.id, "CANCELLED"))) return taken();
    return {
      outcome: { status: "CANCELLED", reply: replies.cancelled(lang) },
      stored: storedCommand(intent),
      candidates: [],
    };
  }
  if (question.kind === "missing_slot") return taken();
  if (question.kind === "choose_customer") {
    const chosen = question.candidates.find((candidate) => candidate.id === answer.choice?.id);
    if (!chosen) return askAgain(turn, intent);
    const action = withCustomer(question.draft, chosen);
    const rules = await shopRules(ctx, turn.channel);
    const plan = planChosen(action, { ...rules, byPosition: answer.choice?.byPosition ?? false }, lang);
    if (!(await claimQuestion(ctx, turn.id, "CONFIRMED"))) return taken();
    const decided = await carryOut(ctx, plan, { intent, lang, rules, key: `voice:${turn.id}` });
    if (plan.step === "execute") await recordResult(ctx, turn.id, decided.outcome);
    return decided;
  }
  if (!(await claimQuestion(ctx, turn.id, "CONFIRMED"))) return taken();
  const outcome = await executeAction(ctx, question.action, `voice:${turn.id}`, lang);
  await recordResult(ctx, turn.id, outcome);
  return { outcome, stored: storedCommand(intent, { action: question.action }), candidates: [] };
}

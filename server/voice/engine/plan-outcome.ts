import type { DomainContext } from "../../context";
import { canonicalPhone, customerWithPhone } from "../../customers/shared-phone";
import type { ParsedCommand } from "../types";
import { voiceProducts } from "./catalog";
import { executeAction } from "./execute";
import { planCommand, ranUnasked } from "./plan";
import { type Lang, replies, replyLang } from "./replies";
import { reminderQuestion } from "./schedule-reminder";
import { supersedePendingTurns } from "./turns";
import type { Outcome, StoredCommand, VoiceChannel } from "./types";
import { undoQuestion } from "./undo-question";

export type Decided = { outcome: Outcome; stored: StoredCommand; candidates: { id: string; name: string }[] };

/**
 * A resolved command through the fast path's decision table: a new command closes any open
 * question, then execute, ask to confirm (stored for "haan"), ask for what is missing, or refuse.
 */
export async function planOutcome(
  ctx: DomainContext,
  parsed: ParsedCommand,
  turnId: string,
  channel: VoiceChannel,
): Promise<Decided> {
  await supersedePendingTurns(ctx);
  const [business, products] = await Promise.all([
    ctx.db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: { voiceConfirmPaise: true, voiceQuickMode: true },
    }),
    voiceProducts(ctx),
  ]);
  const rules = {
    confirmPaise: business.voiceConfirmPaise,
    quickMode: business.voiceQuickMode,
    spoken: channel !== "TYPED",
  };
  const plan = planCommand(parsed, {
    ...rules,
    productUnits: new Map(products.map((product) => [product.id, product.unit])),
  });
  const none: StoredCommand = { intent: parsed.intent, action: null, choice: null };
  switch (plan.step) {
    case "execute": {
      const lang = replyLang(parsed.language);
      const outcome = await executeAction(ctx, plan.action, `voice:${turnId}`, lang);
      if (outcome.status === "EXECUTED" && ranUnasked(plan.action, rules)) {
        outcome.reply = `${outcome.reply} ${replies.undoHint(lang)}`;
      }
      return { outcome, stored: { ...none, action: plan.action }, candidates: [] };
    }
    case "confirm": {
      const lang = replyLang(parsed.language);
      const shared = await sharedPhoneQuestion(ctx, plan.stored, lang);
      if (shared) return { outcome: shared.outcome, stored: shared.stored, candidates: [] };
      const stored = plan.stored.action;
      if (stored?.kind === "undo_last") {
        const asked = await undoQuestion(ctx, lang);
        return { outcome: asked.outcome, stored: { ...plan.stored, action: asked.action }, candidates: [] };
      }
      if (stored?.kind === "schedule_reminder") {
        const question = await reminderQuestion(ctx, stored, lang);
        if (question && "refused" in question) {
          return { outcome: { status: "REJECTED", reply: question.refused }, stored: none, candidates: [] };
        }
        if (question) {
          return {
            outcome: { status: "NEEDS_CONFIRMATION", reply: question.reply },
            stored: { ...plan.stored, action: question.action },
            candidates: [],
          };
        }
      }
      return {
        outcome: { status: "NEEDS_CONFIRMATION", reply: plan.reply },
        stored: plan.stored,
        candidates: plan.candidates,
      };
    }
    case "ask":
      // Stored so a bare follow-up ("500" after "Kitne rupaye?") completes this command.
      return {
        outcome: { status: "NEEDS_INPUT", reply: plan.reply },
        stored: { ...none, question: { slot: plan.slot, command: parsed } },
        candidates: [],
      };
    case "reject":
      return { outcome: { status: "REJECTED", reply: plan.reply }, stored: none, candidates: [] };
  }
}

/**
 * Adding a customer with a number another customer of the shop has: the question names who has
 * it (families share a phone), and a "haan" to that question adds with the number shared.
 */
async function sharedPhoneQuestion(ctx: DomainContext, stored: StoredCommand, lang: Lang) {
  const action = stored.action;
  if (action?.kind !== "add_customer" || !action.phone) return null;
  const holder = await customerWithPhone(ctx.db, ctx, canonicalPhone(action.phone) ?? action.phone);
  if (!holder) return null;
  return {
    outcome: {
      status: "NEEDS_CONFIRMATION" as const,
      reply: replies.confirmSharedPhone(lang, action.name, holder.name),
    },
    stored: { ...stored, action: { ...action, allowSharedPhone: true } },
  };
}

import type { DomainContext } from "../../../context";
import { canonicalPhone, customerWithPhone } from "../../../customers/shared-phone";
import type { Lang } from "../replies";
import { replies } from "../replies";
import { reminderQuestion } from "../schedule-reminder";
import type { OpenQuestion } from "./open-question";
import { undoQuestion } from "./undo-question";

/** The question to ask, once the shop's own facts are looked up; or why the command cannot run. */
export type Asked = { question: OpenQuestion; reply: string } | { refused: string };

/**
 * Some read-backs need the shop's data: adding a number another customer has names who has it
 * (families share a phone, and a "haan" then adds with the number shared); "undo" names what it
 * will take back; a reminder names the balance, or is refused at once without a phone or a due.
 */
export async function lookUpQuestion(ctx: DomainContext, asked: Asked, lang: Lang): Promise<Asked> {
  if ("refused" in asked || asked.question.kind !== "confirm") return asked;
  const action = asked.question.action;
  if (action.kind === "add_customer" && action.phone) {
    const holder = await customerWithPhone(ctx.db, ctx, canonicalPhone(action.phone) ?? action.phone);
    if (!holder) return asked;
    return {
      question: { kind: "confirm", action: { ...action, allowSharedPhone: true } },
      reply: replies.confirmSharedPhone(lang, action.name, holder.name),
    };
  }
  if (action.kind === "undo_last") {
    const undo = await undoQuestion(ctx, lang, action.turnId);
    if (!undo.action) return { refused: undo.outcome.reply };
    return { question: { kind: "confirm", action: undo.action }, reply: undo.outcome.reply };
  }
  if (action.kind === "schedule_reminder") {
    const reminder = await reminderQuestion(ctx, action, lang);
    if (!reminder) return asked;
    if ("refused" in reminder) return reminder;
    return { question: { kind: "confirm", action: reminder.action }, reply: reminder.reply };
  }
  return asked;
}

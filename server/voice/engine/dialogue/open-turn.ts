import type { DomainContext } from "../../../context";
import type { Language } from "../../types";
import { requireUserId } from "../turns";
import type { VoiceChannel } from "../types";
import type { OpenQuestion } from "./open-question";
import { readStoredCommand } from "./stored-command";
import { LONGEST_QUESTION_WINDOW_MS, QUESTION_WINDOW_MS } from "./windows";

const OPEN = ["NEEDS_CONFIRMATION", "NEEDS_INPUT"] as const;

/** The turn that asked the caller's open question. */
export type AskedTurn = {
  id: string;
  /** The exchange it belongs to: its own id when it started it. */
  conversationId: string;
  channel: VoiceChannel;
  language: Language;
  question: OpenQuestion;
};

export type OpenTurn =
  | { kind: "open"; turn: AskedTurn }
  /** A recent question this code cannot read (stored by an older release, or erased). */
  | { kind: "unreadable"; turnId: string; language: Language }
  | null;

/**
 * The caller's open question: only their latest turn can hold one (every new command, answer or
 * question closes what came before), and only within its window.
 */
export async function findOpenTurn(ctx: DomainContext, now: Date): Promise<OpenTurn> {
  const latest = await ctx.db.voiceTurn.findFirst({
    where: { businessId: ctx.businessId, userId: requireUserId(ctx) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      createdAt: true,
      channel: true,
      language: true,
      conversationId: true,
      commandJson: true,
    },
  });
  if (!latest || !OPEN.some((status) => status === latest.status)) return null;
  const age = now.getTime() - latest.createdAt.getTime();
  const language = latest.language as Language;
  const question = readStoredCommand(latest.commandJson)?.question;
  if (!question) {
    return age <= LONGEST_QUESTION_WINDOW_MS ? { kind: "unreadable", turnId: latest.id, language } : null;
  }
  if (age > QUESTION_WINDOW_MS[question.kind]) return null;
  const turn = {
    id: latest.id,
    conversationId: latest.conversationId ?? latest.id,
    channel: latest.channel,
    language,
    question,
  };
  return { kind: "open", turn };
}

/** A new command, question or answer closes every question still open for this user. */
export function closeOpenQuestions(ctx: DomainContext) {
  return ctx.db.voiceTurn.updateMany({
    where: { businessId: ctx.businessId, userId: requireUserId(ctx), status: { in: [...OPEN] } },
    data: { status: "CANCELLED" },
  });
}

/**
 * Take the question for this answer: CONFIRMED when it was answered (yes, a name, a missing
 * amount), CANCELLED on a no. False when another answer (another tab, another instance) took it.
 */
export async function claimQuestion(ctx: DomainContext, turnId: string, status: "CONFIRMED" | "CANCELLED") {
  const claimed = await ctx.db.voiceTurn.updateMany({
    where: { id: turnId, businessId: ctx.businessId, userId: requireUserId(ctx), status: { in: [...OPEN] } },
    data: { status },
  });
  return claimed.count === 1;
}

import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../../context";
import { type ResultLink, resultLinks } from "./history-links";

const turnSelect = {
  id: true,
  userId: true,
  conversationId: true,
  channel: true,
  transcript: true,
  language: true,
  intent: true,
  status: true,
  replyText: true,
  resultEntityType: true,
  resultEntityId: true,
  undoneAt: true,
  sttMs: true,
  firstAudioMs: true,
  parseMs: true,
  executeMs: true,
  totalMs: true,
  createdAt: true,
} satisfies Prisma.VoiceTurnSelect;

type Turn = Prisma.VoiceTurnGetPayload<{ select: typeof turnSelect }>;

/** A command and the turns that answered its questions, oldest first, with what it changed. */
export type VoiceConversation = {
  id: string;
  createdAt: Date;
  turns: Turn[];
  /** The latest turn's status: where the exchange ended ("Done", "Waiting for yes or no"…). */
  status: Turn["status"];
  undone: boolean;
  result: ResultLink | null;
};

/**
 * The business's voice conversations, newest first (staff see only their own): one row per
 * command with the questions asked and the answers given, and a link to the entry or bill.
 */
export async function findVoiceConversations(
  ctx: DomainContext,
  input: { cursor?: string | null; limit: number },
) {
  const where: Prisma.VoiceTurnWhereInput = { businessId: ctx.businessId, conversationId: null };
  if (ctx.actor.role !== "OWNER") where.userId = ctx.actor.userId ?? "";
  const rows = await ctx.db.voiceTurn.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    take: input.limit + 1,
    select: turnSelect,
  });
  const hasMore = rows.length > input.limit;
  const firsts = rows.slice(0, input.limit);
  const answers = await ctx.db.voiceTurn.findMany({
    where: { businessId: ctx.businessId, conversationId: { in: firsts.map((turn) => turn.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: turnSelect,
  });
  const conversations = firsts.map((first) => [
    first,
    ...answers.filter((turn) => turn.conversationId === first.id),
  ]);
  const results = conversations.map(
    (turns) => turns.findLast((turn) => turn.resultEntityId !== null) ?? null,
  );
  const links = await resultLinks(
    ctx,
    results.filter((turn) => turn !== null),
  );
  const items: VoiceConversation[] = conversations.map((turns, index) => {
    const first = turns[0] as Turn;
    const last = turns.at(-1) as Turn;
    const result = results[index];
    return {
      id: first.id,
      createdAt: first.createdAt,
      turns,
      status: last.status,
      undone: turns.some((turn) => turn.undoneAt !== null),
      result: result ? (links.get(result.id) ?? null) : null,
    };
  });
  return { items, nextCursor: hasMore ? (firsts.at(-1)?.id ?? null) : null };
}

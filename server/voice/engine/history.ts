import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../../context";

const turnSelect = {
  id: true,
  userId: true,
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

/** The business's voice turns, newest first; staff see only their own. */
export async function findVoiceTurns(ctx: DomainContext, input: { cursor?: string | null; limit: number }) {
  const where: Prisma.VoiceTurnWhereInput = { businessId: ctx.businessId };
  if (ctx.actor.role !== "OWNER") where.userId = ctx.actor.userId ?? "";
  const rows = await ctx.db.voiceTurn.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    take: input.limit + 1,
    select: turnSelect,
  });
  const hasMore = rows.length > input.limit;
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

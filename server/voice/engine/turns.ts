import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../../context";
import { AppError } from "../../errors";
import type { StoredCommand } from "./types";

export const CONFIRM_WINDOW_MS = 5 * 60_000;

export function requireUserId(ctx: DomainContext): string {
  if (!ctx.actor.userId) throw new AppError("UNAUTHORIZED", "Sign in first");
  return ctx.actor.userId;
}

export type TurnRecord = Omit<
  Prisma.VoiceTurnUncheckedCreateInput,
  "businessId" | "userId" | "commandJson"
> & {
  id: string;
  commandJson: StoredCommand;
};

export function saveTurn(ctx: DomainContext, turn: TurnRecord) {
  return ctx.db.voiceTurn.create({
    data: {
      ...turn,
      businessId: ctx.businessId,
      userId: requireUserId(ctx),
      commandJson: turn.commandJson as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}

/** The caller's open question (the latest one only; a new command supersedes older questions). */
export async function findPendingTurn(ctx: DomainContext, now: Date) {
  const turn = await ctx.db.voiceTurn.findFirst({
    where: {
      businessId: ctx.businessId,
      userId: requireUserId(ctx),
      status: "NEEDS_CONFIRMATION",
      createdAt: { gte: new Date(now.getTime() - CONFIRM_WINDOW_MS) },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, language: true, commandJson: true },
  });
  return turn ? { ...turn, command: turn.commandJson as unknown as StoredCommand } : null;
}

/** A new command replaces any question still waiting for this user's yes or no. */
export function supersedePendingTurns(ctx: DomainContext) {
  return ctx.db.voiceTurn.updateMany({
    where: { businessId: ctx.businessId, userId: requireUserId(ctx), status: "NEEDS_CONFIRMATION" },
    data: { status: "CANCELLED" },
  });
}

/** Take the question for this answer; false when another answer already took it. */
export async function claimPendingTurn(
  ctx: DomainContext,
  turnId: string,
  status: "CONFIRMED" | "CANCELLED",
) {
  const claimed = await ctx.db.voiceTurn.updateMany({
    where: {
      id: turnId,
      businessId: ctx.businessId,
      userId: requireUserId(ctx),
      status: "NEEDS_CONFIRMATION",
    },
    data: { status },
  });
  return claimed.count === 1;
}

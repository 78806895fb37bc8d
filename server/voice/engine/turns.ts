import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../../context";
import { AppError } from "../../errors";
import type { StoredCommand } from "./dialogue/stored-command";

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

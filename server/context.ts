import type { Role, Source } from "@/generated/prisma/enums";
import type { Db } from "./db";

export type Actor =
  | { type: "USER"; userId: string; role: Role }
  | { type: "AGENT"; userId: string; role: Role }
  | { type: "SYSTEM"; userId: null; role: "OWNER" };

/** What every domain function needs: no request, no session, so it runs anywhere. */
export type DomainContext = {
  db: Db;
  businessId: string;
  actor: Actor;
  requestId: string | null;
  source: Source;
};

export function actorUserId(ctx: DomainContext): string | null {
  return ctx.actor.userId;
}

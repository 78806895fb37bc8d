import type { Source } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { AppError } from "../errors";
import { findActiveUser } from "./authenticate";

export type ActiveUser = NonNullable<Awaited<ReturnType<typeof findActiveUser>>>;
export type UserContext = { user: ActiveUser; ctx: DomainContext };

type ContextOptions = {
  requestId: string | null;
  source: Source;
  /** AGENT when the voice agent acts for the user; the user's own requests are USER. */
  actorType?: "USER" | "AGENT";
  /** When the caller already knows the business (a signed voice token), the user must still be in it. */
  businessId?: string;
};

/**
 * The one way a signed-in user becomes a DomainContext (tRPC, PDF download, CSV export, the
 * offline voice turn, the agent). The user is re-read every time, so removed staff lose access at
 * once and a changed role counts at the next request. Null when the user is gone.
 */
export async function domainContextForUser(
  db: Db,
  userId: string,
  options: ContextOptions,
): Promise<UserContext | null> {
  const user = await findActiveUser(db, userId);
  if (!user || (options.businessId !== undefined && user.businessId !== options.businessId)) return null;
  const ctx: DomainContext = {
    db,
    businessId: user.businessId,
    actor: { type: options.actorType ?? "USER", userId: user.id, role: user.role },
    requestId: options.requestId,
    source: options.source,
  };
  return { user, ctx };
}

/** domainContextForUser for a session: UNAUTHORIZED when signed out or no longer a member. */
export async function requireDomainContextForUser(
  db: Db,
  sessionUserId: string | null,
  options: ContextOptions,
): Promise<UserContext> {
  if (!sessionUserId) throw new AppError("UNAUTHORIZED", "Sign in first");
  const found = await domainContextForUser(db, sessionUserId, options);
  if (!found) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
  return found;
}

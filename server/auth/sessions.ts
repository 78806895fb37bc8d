import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { AppError } from "../errors";
import { inTransaction } from "../transaction";

const HOUR_MS = 3_600_000;
// lastSeenAt is written at most this often per session: idle timeouts are hours, not seconds.
const TOUCH_EVERY_MS = 60_000;

/** The client or a transaction: session rows are all these functions touch. */
type SessionDb = Pick<Db, "userSession">;

export type SessionRules = { maxAgeHours: number; idleHours: number };

/** A new signed-in device for this user; its id goes into the session cookie. */
export async function startSession(db: SessionDb, userId: string, rules: SessionRules, now = new Date()) {
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + rules.maxAgeHours * HOUR_MS),
    },
  });
  return id;
}

/**
 * True while the session is signed in: not ended, not past its lifetime, used within the idle
 * timeout, and its user not removed. Checked on every request, so ending a session holds on
 * every instance at once.
 */
export async function sessionIsLive(
  db: SessionDb,
  session: { id: string; userId: string },
  rules: SessionRules,
  now = new Date(),
): Promise<boolean> {
  const row = await db.userSession.findFirst({
    where: {
      id: session.id,
      userId: session.userId,
      endedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - rules.idleHours * HOUR_MS) },
      user: { removedAt: null },
    },
    select: { lastSeenAt: true },
  });
  if (!row) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Sign-out: this device only. */
export function endSession(db: SessionDb, sessionId: string, now = new Date()) {
  return db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** "Sign out everywhere", and a removed user: every device of this user. */
export function endAllSessions(db: SessionDb, userId: string, now = new Date()) {
  return db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
}

/** "Sign out everywhere": the caller's every device, this one included; audited. */
export async function signOutEverywhere(ctx: DomainContext, now = new Date()) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("UNAUTHORIZED", "Sign in first");
  return inTransaction(ctx, async (tx) => {
    const ended = await endAllSessions(tx, userId, now);
    await recordAudit(tx, ctx, {
      action: "auth.sign_out_everywhere",
      entityType: "User",
      entityId: userId,
      before: null,
      after: { sessionsEnded: ended.count },
    });
    return { sessionsEnded: ended.count };
  });
}

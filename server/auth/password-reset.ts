import { RateLimiter } from "../api/rate-limit";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { isMailConfigured, sendMail, smtpErrorCode } from "../mail/send-mail";
import { passwordResetMail } from "../mail/templates";
import { newOneTimeToken, oneTimeTokenHash, tokenLink } from "./one-time-token";
import { hashSecret } from "./password";
import { endAllSessions } from "./sessions";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
// Per account, on top of the per-address limit of the procedure: nobody can flood an inbox.
const mailsPerAccount = new RateLimiter("password-reset-mail", 3, PASSWORD_RESET_TTL_MS);

/**
 * Resetting by mail needs mail that leaves the machine. In development without SMTP the link is
 * only logged (server/mail/send-mail.ts), which is how a developer tries the flow.
 */
export function passwordResetByMailAvailable(): boolean {
  return isMailConfigured() || env().NODE_ENV !== "production";
}

type Request = { db: Db; email: string; requestId: string | null; now?: Date };

/**
 * "Forgot password": mails a one-hour link when the email belongs to an active user. The answer
 * is the same whether or not it does, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset({ db, email, requestId, now = new Date() }: Request) {
  if (!passwordResetByMailAvailable()) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "Email is not set up for this Execora. Ask your shop owner to set a new password for you.",
    );
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, removedAt: true } });
  if (!user || user.removedAt) return { requested: true };
  if (!(await mailsPerAccount.take(user.id)).allowed) {
    logger.warn({ requestId, event: "password_reset_mail_limited" }, "password reset mail not sent");
    return { requested: true };
  }
  const token = newOneTimeToken();
  await db.passwordReset.create({
    data: {
      userId: user.id,
      tokenHash: oneTimeTokenHash(token),
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
    },
  });
  try {
    await sendMail(passwordResetMail({ to: email, link: tokenLink("/reset-password", "token", token) }));
  } catch (error) {
    // The same answer as a sent mail (see above); the reason is in the log, without the address.
    logger.warn({ requestId, errorCode: smtpErrorCode(error) }, "password reset mail failed");
  }
  return { requested: true };
}

// One message for unknown, used and expired links: the answer says nothing about which.
const invalidLink = () =>
  new AppError("BAD_REQUEST", "This reset link has expired or was used already. Ask for a new one.");

type Reset = { db: Db; token: string; newPassword: string; requestId: string | null; now?: Date };

/** Sets the new password from a mailed link (once) and ends every session the user had. */
export async function resetPasswordWithLink({ db, token, newPassword, requestId, now = new Date() }: Reset) {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: oneTimeTokenHash(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: true },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now || reset.user.removedAt) throw invalidLink();
  const { user } = reset;
  const passwordHash = await hashSecret(newPassword);
  return db.$transaction(async (tx) => {
    // Single use even when the link is submitted twice at once: only one update matches.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw invalidLink();
    // Any other link still in the inbox stops working too.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await endAllSessions(tx, user.id, now);
    const ctx: DomainContext = {
      db,
      businessId: user.businessId,
      actor: { type: "USER", userId: user.id, role: user.role },
      requestId,
      source: "DASHBOARD",
    };
    await recordAudit(tx, ctx, {
      action: "auth.password_reset_by_mail",
      entityType: "User",
      entityId: user.id,
      after: { sessionsEnded: ended.count },
    });
    return { email: user.email };
  });
}

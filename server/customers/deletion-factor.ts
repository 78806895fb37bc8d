import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { verifySecret } from "../auth/password";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isMailConfigured } from "../mail/send-mail";

/**
 * The second factor that confirms erasing a customer: a code emailed to the owner, or — on a
 * machine with no mail transport, where a code could only reach the server log — the owner's
 * password typed again. Decided by the server's configuration at each step, never by the client.
 */
export type DeletionFactor = "EMAIL_CODE" | "PASSWORD";

export function deletionFactor(): DeletionFactor {
  return isMailConfigured() ? "EMAIL_CODE" : "PASSWORD";
}

export const NO_MAIL_MESSAGE = "Email is not set up on this server, so confirm with your password.";

// Keyed with AUTH_SECRET: a leaked database alone is not enough to brute-force a 6-digit code.
export function codeHash(requestId: string, code: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${requestId}:${code}`).digest("hex");
}

/** For a password-confirmed request: a hash no 6-digit code can match, since no code exists. */
export function unguessableCodeHash(requestId: string): string {
  return codeHash(requestId, randomBytes(32).toString("hex"));
}

export type FactorInput = { code?: string | undefined; password?: string | undefined };

/** The factor this server expects must be the one given; the other one is refused, not tried. */
export function assertFactorGiven(factor: DeletionFactor, input: FactorInput) {
  if (factor === "EMAIL_CODE" && input.code === undefined) {
    throw new AppError("BAD_REQUEST", "Enter the 6-digit code from the email", {
      code: "Enter the 6-digit code from the email",
    });
  }
  if (factor === "PASSWORD" && input.password === undefined) {
    throw new AppError("BAD_REQUEST", "Email is not set up on this server, so confirm with your password.", {
      password: NO_MAIL_MESSAGE,
    });
  }
}

/** True when the given code or password is right; call with the request row locked. */
export async function factorMatches(
  tx: Tx,
  ctx: DomainContext,
  factor: DeletionFactor,
  ownerId: string,
  request: { id: string; codeHash: string },
  input: FactorInput,
): Promise<boolean> {
  if (factor === "PASSWORD") {
    if (input.password === undefined) return false;
    const owner = await tx.user.findFirst({
      where: { id: ownerId, businessId: ctx.businessId, role: "OWNER", removedAt: null },
      select: { passwordHash: true },
    });
    return owner ? verifySecret(input.password, owner.passwordHash) : false;
  }
  const expected = Buffer.from(request.codeHash, "hex");
  const given = Buffer.from(codeHash(request.id, input.code ?? ""), "hex");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const WRONG: Record<DeletionFactor, string> = { EMAIL_CODE: "code", PASSWORD: "password" };

export function wrongFactorMessage(factor: DeletionFactor, attemptsLeft: number): string {
  const what = WRONG[factor];
  if (attemptsLeft > 0) return `Wrong ${what}. ${attemptsLeft} attempt${attemptsLeft === 1 ? "" : "s"} left.`;
  return factor === "EMAIL_CODE"
    ? "Wrong code. No attempts left: ask for a new code."
    : "Wrong password. No attempts left: start the deletion again.";
}

export function tooManyAttempts(factor: DeletionFactor): AppError {
  return factor === "EMAIL_CODE"
    ? new AppError("TOO_MANY_REQUESTS", "Too many wrong codes. Ask for a new code.")
    : new AppError("TOO_MANY_REQUESTS", "Too many wrong passwords. Start the deletion again.");
}

export function requestExpired(factor: DeletionFactor): AppError {
  return factor === "EMAIL_CODE"
    ? new AppError("PRECONDITION_FAILED", "This code has expired. Ask for a new code.")
    : new AppError("PRECONDITION_FAILED", "This request has expired. Start the deletion again.");
}

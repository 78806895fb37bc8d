import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError, assertOwner, forbidden, notFound } from "../errors";
import { revokeLinksOfCustomer } from "../links/revoke-links";
import { logger } from "../logger";
import { sendMail, smtpErrorCode } from "../mail/send-mail";
import { deletionCodeMail } from "../mail/templates";
import { stopReminders } from "../reminders/cancel-reminder";
import { inTransaction } from "../transaction";
import {
  assertFactorGiven,
  codeHash,
  deletionFactor,
  factorMatches,
  requestExpired,
  tooManyAttempts,
  unguessableCodeHash,
  wrongFactorMessage,
} from "./deletion-factor";
import { customerId } from "./schema";
import { customerSearchKeys } from "./search-keys";

export const requestDeletionInput = z.object({ customerId });
export const confirmDeletionInput = z.object({
  requestId: z.string().min(1).max(64),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code from the email")
    .optional(),
  // Instead of the code when this server has no mail transport (see deletion-factor.ts).
  password: z.string().min(1, "Enter your password").max(200).optional(),
});

const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
// Each request allows 5 guesses, so new requests are limited too or the limit means nothing.
const MAX_OPEN_REQUESTS = 3;

function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

function actingOwnerId(ctx: DomainContext): string {
  assertOwner(ctx.actor.role);
  if (!ctx.actor.userId) throw forbidden("Only a signed-in owner can delete a customer");
  return ctx.actor.userId;
}

/**
 * Step one of erasing a customer's personal data: a one-time code emailed to the owner, or with no
 * mail transport a request the owner confirms with their password. `factor` tells the client which.
 */
export async function requestCustomerDeletion(
  ctx: DomainContext,
  input: { customerId: string },
  now = new Date(),
) {
  const ownerId = actingOwnerId(ctx);
  const [customer, owner, business] = await Promise.all([
    ctx.db.customer.findFirst({
      where: { id: input.customerId, businessId: ctx.businessId, erasedAt: null },
      select: { id: true },
    }),
    ctx.db.user.findFirst({ where: { id: ownerId, businessId: ctx.businessId }, select: { email: true } }),
    ctx.db.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true } }),
  ]);
  if (!customer) throw notFound("Customer");
  if (!owner) throw forbidden();
  const open = await ctx.db.customerDeletionRequest.count({
    where: { businessId: ctx.businessId, customerId: customer.id, consumedAt: null, expiresAt: { gt: now } },
  });
  if (open >= MAX_OPEN_REQUESTS) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      "Several codes are already waiting. Use the latest email, or try again in 10 minutes.",
    );
  }
  const factor = deletionFactor();
  const requestId = randomUUID();
  const code = factor === "EMAIL_CODE" ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null;
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  await inTransaction(ctx, async (tx) => {
    await tx.customerDeletionRequest.create({
      data: {
        id: requestId,
        businessId: ctx.businessId,
        customerId: customer.id,
        requestedById: ownerId,
        codeHash: code ? codeHash(requestId, code) : unguessableCodeHash(requestId),
        expiresAt,
      },
    });
    await recordAudit(tx, ctx, {
      action: "customer.erase_requested",
      entityType: "Customer",
      entityId: customer.id,
      after: { deletionRequestId: requestId, expiresAt: expiresAt.toISOString(), factor },
    });
  });
  if (!code) return { requestId, expiresAt, factor, sentTo: null, delivered: false };
  try {
    const { delivered } = await sendMail(
      deletionCodeMail({ to: owner.email, code, businessName: business.name }),
    );
    return { requestId, expiresAt, factor, sentTo: maskEmail(owner.email), delivered };
  } catch (error) {
    // SMTP errors can quote the recipient address, so only the error code is logged.
    logger.warn({ requestId: ctx.requestId, errorCode: smtpErrorCode(error) }, "deletion code email failed");
    throw new AppError("PRECONDITION_FAILED", "Could not email the code. Try again in a minute.");
  }
}

type Outcome = { ok: true; customerId: string } | { ok: false; attemptsLeft: number };

/**
 * Step two: with the right code (or password), erase the customer's personal data. Invoices and khata entries
 * stay (GST law keeps books for 72 months), now under a placeholder name.
 */
export async function confirmCustomerDeletion(
  ctx: DomainContext,
  input: { requestId: string; code?: string | undefined; password?: string | undefined },
  now = new Date(),
) {
  const ownerId = actingOwnerId(ctx);
  const factor = deletionFactor();
  assertFactorGiven(factor, input);
  const outcome = await inTransaction(ctx, async (tx): Promise<Outcome> => {
    // The row lock makes concurrent guesses queue, so the attempt limit cannot be raced.
    await tx.$queryRaw`SELECT "id" FROM "CustomerDeletionRequest"
      WHERE "id" = ${input.requestId} AND "businessId" = ${ctx.businessId} FOR UPDATE`;
    const request = await tx.customerDeletionRequest.findFirst({
      where: { id: input.requestId, businessId: ctx.businessId },
    });
    if (!request) throw notFound("Deletion request");
    if (request.consumedAt) throw new AppError("PRECONDITION_FAILED", "This code was already used.");
    if (request.attempts >= MAX_CODE_ATTEMPTS) throw tooManyAttempts(factor);
    if (request.expiresAt <= now) throw requestExpired(factor);
    if (!(await factorMatches(tx, ctx, factor, ownerId, request, input))) {
      await tx.customerDeletionRequest.update({
        where: { id: request.id },
        data: { attempts: { increment: 1 } },
      });
      return { ok: false, attemptsLeft: MAX_CODE_ATTEMPTS - request.attempts - 1 };
    }
    await tx.customerDeletionRequest.update({ where: { id: request.id }, data: { consumedAt: now } });
    await eraseCustomer(tx, ctx, request.customerId, request.id, now);
    return { ok: true, customerId: request.customerId };
  });
  if (!outcome.ok) {
    const message = wrongFactorMessage(factor, outcome.attemptsLeft);
    const field = factor === "EMAIL_CODE" ? "code" : "password";
    throw new AppError("BAD_REQUEST", message, { [field]: message });
  }
  return { customerId: outcome.customerId, erased: true };
}

async function eraseCustomer(tx: Tx, ctx: DomainContext, id: string, deletionRequestId: string, now: Date) {
  const placeholder = `Deleted customer ${id.slice(-4).toUpperCase()}`;
  const erased = await tx.customer.updateMany({
    where: { id, businessId: ctx.businessId, erasedAt: null },
    data: {
      name: placeholder,
      ...customerSearchKeys(placeholder),
      phone: null,
      email: null,
      gstin: null,
      notes: null,
      erasedAt: now,
    },
  });
  if (erased.count === 0) throw new AppError("PRECONDITION_FAILED", "This customer was already deleted.");
  // Reminders stop, and the messages sent carry the customer's number and name: scrubbed.
  await stopReminders(tx, ctx, { customerId: id }, "CUSTOMER_ERASED");
  // Their bill and statement links answer "expired or withdrawn" from now on.
  await revokeLinksOfCustomer(tx, ctx, id, "CUSTOMER_ERASED", now);
  await tx.reminderDelivery.updateMany({
    where: { businessId: ctx.businessId, customerId: id },
    data: { recipient: null, body: null },
  });
  await tx.inboundMessage.updateMany({
    where: { businessId: ctx.businessId, customerId: id },
    data: { fromPhone: null, body: null },
  });
  // Voice turns about this customer carry the spoken name in the transcript, reply and command.
  const scrubbedTurns = await tx.$executeRaw`
    UPDATE "VoiceTurn" SET "transcript" = '[erased]', "replyText" = '[erased]', "commandJson" = '{"erased":true}'
    WHERE "businessId" = ${ctx.businessId} AND "commandJson"::text LIKE ${`%${id}%`}`;
  await recordAudit(tx, ctx, {
    action: "customer.erase",
    entityType: "Customer",
    entityId: id,
    after: {
      deletionRequestId,
      erasedAt: now.toISOString(),
      erasedFields: ["name", "phone", "email", "gstin", "notes"],
      scrubbedVoiceTurns: scrubbedTurns,
    },
  });
}

import type { PublicLinkKind } from "@/generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { env } from "../env";
import { hashToken, newToken, openToken, sealToken } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;
// A link about to expire is not handed out again: the customer would open a dead page.
const MAX_REUSE_MARGIN_MS = 7 * DAY_MS;

export type LinkTarget =
  | { kind: "INVOICE"; customerId: string; invoiceId: string }
  | { kind: "STATEMENT"; customerId: string; rangeFrom: Date | null; rangeTo: Date | null };

export type MintedLink = {
  id: string;
  kind: PublicLinkKind;
  token: string;
  expiresAt: Date;
  reused: boolean;
};

export function linkLifetimeMs(): number {
  return env().PUBLIC_LINK_DAYS * DAY_MS;
}

function targetWhere(target: LinkTarget) {
  return target.kind === "INVOICE"
    ? { kind: target.kind, invoiceId: target.invoiceId }
    : {
        kind: target.kind,
        customerId: target.customerId,
        rangeFrom: target.rangeFrom,
        rangeTo: target.rangeTo,
      };
}

function targetKey(businessId: string, target: LinkTarget): string {
  return target.kind === "INVOICE"
    ? `${businessId}:INVOICE:${target.invoiceId}`
    : `${businessId}:STATEMENT:${target.customerId}:${target.rangeFrom?.toISOString() ?? ""}:${target.rangeTo?.toISOString() ?? ""}`;
}

/**
 * The live link for a bill or statement: the one already shared when it has time left, else a new
 * one. A lock on the target makes two shares at once agree on one link.
 */
export async function linkForTarget(
  tx: Tx,
  ctx: DomainContext,
  target: LinkTarget,
  now = new Date(),
): Promise<MintedLink> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${targetKey(ctx.businessId, target)}, 0))`;
  const lifetime = linkLifetimeMs();
  const margin = Math.min(MAX_REUSE_MARGIN_MS, lifetime / 2);
  const existing = await tx.publicLink.findMany({
    where: {
      businessId: ctx.businessId,
      ...targetWhere(target),
      revokedAt: null,
      expiresAt: { gt: new Date(now.getTime() + margin) },
    },
    orderBy: { expiresAt: "desc" },
    take: 1,
    select: { id: true, kind: true, tokenHash: true, tokenSealed: true, expiresAt: true },
  });
  const current = existing[0];
  const reopened = current ? openToken(current.tokenSealed, current.tokenHash) : null;
  if (current && reopened) {
    return {
      id: current.id,
      kind: current.kind,
      token: reopened,
      expiresAt: current.expiresAt,
      reused: true,
    };
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + lifetime);
  const created = await tx.publicLink.create({
    data: {
      businessId: ctx.businessId,
      kind: target.kind,
      customerId: target.customerId,
      invoiceId: target.kind === "INVOICE" ? target.invoiceId : null,
      rangeFrom: target.kind === "STATEMENT" ? target.rangeFrom : null,
      rangeTo: target.kind === "STATEMENT" ? target.rangeTo : null,
      tokenHash: hashToken(token),
      tokenSealed: sealToken(token),
      expiresAt,
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  await recordAudit(tx, ctx, {
    action: "public_link.create",
    entityType: "PublicLink",
    entityId: created.id,
    after: {
      kind: target.kind,
      customerId: target.customerId,
      invoiceId: target.kind === "INVOICE" ? target.invoiceId : null,
      expiresAt: expiresAt.toISOString(),
    },
  });
  return { id: created.id, kind: target.kind, token, expiresAt, reused: false };
}

import type { PublicLinkKind } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { hashToken, isWellFormedToken } from "./token";

export type LiveLink = {
  id: string;
  kind: PublicLinkKind;
  customerId: string;
  invoiceId: string | null;
  rangeFrom: Date | null;
  rangeTo: Date | null;
  expiresAt: Date;
};

/**
 * LIVE: the link and a read-only context bound to its shop. GONE: expired or withdrawn — only the
 * shop's name may be shown. UNKNOWN: malformed, tampered, never issued, or a bill's token on the
 * statement path (or the other way round).
 */
export type Resolved =
  | { state: "LIVE"; link: LiveLink; ctx: DomainContext }
  | { state: "GONE"; shopName: string }
  | { state: "UNKNOWN" };

/**
 * The one door into a public link: takes the raw token from the URL, never a session. Nothing
 * else about the link (or its shop) is read before the hash matches.
 */
export async function resolvePublicLink(
  db: Db,
  input: { token: string; kind: PublicLinkKind },
  now = new Date(),
): Promise<Resolved> {
  if (!isWellFormedToken(input.token)) return { state: "UNKNOWN" };
  const link = await db.publicLink.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: {
      id: true,
      businessId: true,
      kind: true,
      customerId: true,
      invoiceId: true,
      rangeFrom: true,
      rangeTo: true,
      expiresAt: true,
      revokedAt: true,
      business: { select: { name: true } },
      customer: { select: { erasedAt: true } },
    },
  });
  if (!link || link.kind !== input.kind) return { state: "UNKNOWN" };
  if (link.revokedAt || link.expiresAt <= now || link.customer.erasedAt) {
    return { state: "GONE", shopName: link.business.name };
  }
  const ctx: DomainContext = {
    db,
    businessId: link.businessId,
    actor: { type: "SYSTEM", userId: null, role: "OWNER" },
    requestId: null,
    source: "API",
  };
  const { business: _business, customer: _customer, revokedAt: _revoked, businessId: _id, ...live } = link;
  return { state: "LIVE", link: live, ctx };
}

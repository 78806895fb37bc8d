import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../context";
import type { DbOrTx } from "../db";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Append one audit row, inside the caller's transaction so history and change commit together. */
export async function recordAudit(tx: DbOrTx, ctx: DomainContext, input: AuditInput) {
  await tx.auditLog.create({
    data: {
      businessId: ctx.businessId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.userId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
      requestId: ctx.requestId,
      source: ctx.source,
    },
  });
}

/** JSON-safe copy of a row for audit before/after (BigInt and Date are not JSON). */
export function auditSnapshot(row: Record<string, unknown>, omit: string[] = []): Prisma.InputJsonValue {
  const out: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, value] of Object.entries(row)) {
    if (omit.includes(key) || value === undefined) continue;
    if (typeof value === "bigint") out[key] = value.toString();
    else if (value instanceof Date) out[key] = value.toISOString();
    else out[key] = value as Prisma.InputJsonValue | null;
  }
  return out;
}

import { z } from "zod";
import { addIstDays } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { assertOwner } from "../errors";
import { istDateToInstant } from "../reports/dates";
import { istDate } from "../reports/schema";

export const findAuditLogsInput = z.object({
  entityType: z.string().trim().min(1).max(50).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  actorId: z.string().min(1).max(64).optional(),
  from: istDate.optional(),
  to: istDate.optional(),
  cursor: z.string().max(64).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});

export type FindAuditLogsInput = z.output<typeof findAuditLogsInput>;

/** The shop's history, newest first, each row with the name of who did it. Owner only. */
export async function findAuditLogs(ctx: DomainContext, input: FindAuditLogsInput) {
  assertOwner(ctx.actor.role);
  const createdAt = {
    ...(input.from ? { gte: istDateToInstant(input.from) } : {}),
    ...(input.to ? { lt: addIstDays(istDateToInstant(input.to), 1) } : {}),
  };
  const rows = await ctx.db.auditLog.findMany({
    where: {
      businessId: ctx.businessId,
      entityType: input.entityType,
      action: input.action,
      actorId: input.actorId,
      ...(input.from || input.to ? { createdAt } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      actorType: true,
      actorId: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      requestId: true,
      source: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, input.limit);
  const actorIds = [...new Set(page.flatMap((row) => row.actorId ?? []))];
  const actors = await ctx.db.user.findMany({
    where: { businessId: ctx.businessId, id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const nameById = new Map(actors.map((actor) => [actor.id, actor.name]));
  return {
    items: page.map((row) => ({
      ...row,
      actorName: row.actorId ? (nameById.get(row.actorId) ?? null) : null,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

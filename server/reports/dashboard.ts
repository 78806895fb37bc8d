import type { DomainContext } from "../context";
import { agingRows } from "./aging";
import { bookLines } from "./book-entries";
import { collectedTodayAndWeek, collectionsPerDay } from "./collections";

/** What all customers owe together, the advances held, and how many owe anything. */
export async function receivableTotals(ctx: DomainContext) {
  const [row] = await ctx.db.$queryRaw<{ receivable: bigint; advances: bigint; debtors: number }[]>`
    SELECT COALESCE(SUM("balancePaise") FILTER (WHERE "balancePaise" > 0), 0)::bigint AS "receivable",
           COALESCE(-SUM("balancePaise") FILTER (WHERE "balancePaise" < 0), 0)::bigint AS "advances",
           COUNT(*) FILTER (WHERE "balancePaise" > 0)::int AS "debtors"
    FROM "Customer" WHERE "businessId" = ${ctx.businessId}`;
  return {
    receivablePaise: Number(row?.receivable ?? 0),
    advancesPaise: Number(row?.advances ?? 0),
    debtorCount: row?.debtors ?? 0,
  };
}

async function lowStockCount(ctx: DomainContext) {
  const [row] = await ctx.db.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS "count" FROM "Product"
    WHERE "businessId" = ${ctx.businessId} AND "archivedAt" IS NULL
      AND "lowStockMilli" IS NOT NULL AND "stockMilli" <= "lowStockMilli"`;
  return row?.count ?? 0;
}

// The daybook's lines, so Home labels an undo or a cancelled bill the way the daybook does.
function recentActivity(ctx: DomainContext) {
  return bookLines(ctx, { newestFirst: true, offset: 0, limit: 10 });
}

/** Everything the home screen shows, each part one SQL aggregate. */
export async function dashboardSummary(ctx: DomainContext, now = new Date()) {
  const [totals, collected, topDebtors, recent, lowStock, perDay] = await Promise.all([
    receivableTotals(ctx),
    collectedTodayAndWeek(ctx, now),
    agingRows(ctx, { asOf: now, offset: 0, limit: 10 }),
    recentActivity(ctx),
    lowStockCount(ctx),
    collectionsPerDay(ctx, now, 30),
  ]);
  return {
    ...totals,
    collectedTodayPaise: collected.todayPaise,
    collectedThisWeekPaise: collected.weekPaise,
    topDebtors,
    recentActivity: recent,
    lowStockCount: lowStock,
    collectionsPerDay: perDay,
  };
}

import { Prisma } from "@/generated/prisma/client";
import { addIstDays, istDateString, istDayStart } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { bookEntries, inPeriod, istDay } from "./book-entries";
import { istWeekStart } from "./dates";

// "Collected" is the daybook's "you got" (kind GOT in book-entries.ts): an undone payment is not.

/** Money received today and since Monday, both on the IST calendar. */
export async function collectedTodayAndWeek(ctx: DomainContext, now: Date) {
  const dayStart = istDayStart(now);
  const [row] = await ctx.db.$queryRaw<{ today: bigint; week: bigint }[]>`
    SELECT COALESCE(-SUM(b."amountPaise") FILTER (WHERE b."occurredAt" >= ${dayStart}), 0)::bigint AS "today",
           COALESCE(-SUM(b."amountPaise"), 0)::bigint AS "week"
    FROM (${bookEntries(ctx.businessId, inPeriod(istWeekStart(now), addIstDays(dayStart, 1)))}) b
    WHERE b."kind" = 'GOT'`;
  return { todayPaise: Number(row?.today ?? 0), weekPaise: Number(row?.week ?? 0) };
}

/** Money received on each of the last `days` IST days (oldest first, zero days included). */
export async function collectionsPerDay(ctx: DomainContext, now: Date, days = 30) {
  const end = addIstDays(istDayStart(now), 1);
  const start = addIstDays(end, -days);
  const rows = await ctx.db.$queryRaw<{ day: string; total: bigint }[]>`
    SELECT ${istDay(Prisma.sql`b."occurredAt"`)} AS "day", (-SUM(b."amountPaise"))::bigint AS "total"
    FROM (${bookEntries(ctx.businessId, inPeriod(start, end))}) b
    WHERE b."kind" = 'GOT'
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, Number(row.total)]));
  return Array.from({ length: days }, (_, index) => {
    const date = istDateString(addIstDays(start, index));
    return { date, collectedPaise: byDay.get(date) ?? 0 };
  });
}

/** Money received from `from` through `to` (IST days, inclusive), and in how many payments. */
export async function collectedBetween(ctx: DomainContext, from: string, to: string) {
  const start = istDayStart(new Date(`${from}T12:00:00+05:30`));
  const end = addIstDays(istDayStart(new Date(`${to}T12:00:00+05:30`)), 1);
  const [row] = await ctx.db.$queryRaw<{ total: bigint; payments: number }[]>`
    SELECT COALESCE(-SUM(b."amountPaise"), 0)::bigint AS "total", COUNT(*)::int AS "payments"
    FROM (${bookEntries(ctx.businessId, inPeriod(start, end))}) b
    WHERE b."kind" = 'GOT'`;
  return { collectedPaise: Number(row?.total ?? 0), payments: row?.payments ?? 0 };
}

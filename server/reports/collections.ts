import { Prisma } from "@/generated/prisma/client";
import { addIstDays, istDateString, istDayStart } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { istWeekStart } from "./dates";

// "Collected" counts payments that still stand: a payment later reversed (a mistake) is left out.
const standingPayment = Prisma.sql`e."type" = 'PAYMENT'
  AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" r WHERE r."reversesEntryId" = e."id")`;

/** Money received today and since Monday, both on the IST calendar. */
export async function collectedTodayAndWeek(ctx: DomainContext, now: Date) {
  const dayStart = istDayStart(now);
  const [row] = await ctx.db.$queryRaw<{ today: bigint; week: bigint }[]>`
    SELECT COALESCE(-SUM(e."amountPaise") FILTER (WHERE e."occurredAt" >= ${dayStart}), 0)::bigint AS "today",
           COALESCE(-SUM(e."amountPaise"), 0)::bigint AS "week"
    FROM "LedgerEntry" e
    WHERE e."businessId" = ${ctx.businessId} AND e."occurredAt" >= ${istWeekStart(now)}
      AND e."occurredAt" < ${addIstDays(dayStart, 1)} AND ${standingPayment}`;
  return { todayPaise: Number(row?.today ?? 0), weekPaise: Number(row?.week ?? 0) };
}

/** Money received on each of the last `days` IST days (oldest first, zero days included). */
export async function collectionsPerDay(ctx: DomainContext, now: Date, days = 30) {
  const end = addIstDays(istDayStart(now), 1);
  const start = addIstDays(end, -days);
  const rows = await ctx.db.$queryRaw<{ day: string; total: bigint }[]>`
    SELECT to_char((e."occurredAt" + interval '330 minutes')::date, 'YYYY-MM-DD') AS "day",
           (-SUM(e."amountPaise"))::bigint AS "total"
    FROM "LedgerEntry" e
    WHERE e."businessId" = ${ctx.businessId} AND e."occurredAt" >= ${start} AND e."occurredAt" < ${end}
      AND ${standingPayment}
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, Number(row.total)]));
  return Array.from({ length: days }, (_, index) => {
    const date = istDateString(addIstDays(start, index));
    return { date, collectedPaise: byDay.get(date) ?? 0 };
  });
}

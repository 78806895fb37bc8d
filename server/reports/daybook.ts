import { Prisma } from "@/generated/prisma/client";
import { PaymentMode } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import { bookEntries, bookLines, inPeriod, istDay, moneyColumns } from "./book-entries";
import { istRange } from "./dates";
import type { DaybookInput } from "./schema";

type DayRow = { date: string; gave: bigint; got: bigint; adjusted: bigint; entries: number };

/** Per IST day: "you gave", "you got" and adjustments, counted by the one rule of book-entries.ts. */
async function daybookDays(ctx: DomainContext, start: Date, end: Date) {
  const rows = await ctx.db.$queryRaw<DayRow[]>`
    SELECT ${istDay(Prisma.sql`b."occurredAt"`)} AS "date", ${moneyColumns}, COUNT(*)::int AS "entries"
    FROM (${bookEntries(ctx.businessId, inPeriod(start, end))}) b
    GROUP BY 1 ORDER BY 1 DESC`;
  return rows.map((row) => ({
    date: row.date,
    gavePaise: Number(row.gave),
    gotPaise: Number(row.got),
    adjustedPaise: Number(row.adjusted),
    entryCount: row.entries,
  }));
}

/** What came in by payment mode: the cash figure is what the drawer should hold. */
async function gotByMode(ctx: DomainContext, start: Date, end: Date) {
  const rows = await ctx.db.$queryRaw<{ mode: PaymentMode | null; got: bigint }[]>`
    SELECT b."paymentMode" AS "mode", (-SUM(b."amountPaise"))::bigint AS "got"
    FROM (${bookEntries(ctx.businessId, inPeriod(start, end))}) b
    WHERE b."kind" = 'GOT' GROUP BY 1`;
  const byMode = Object.fromEntries(Object.values(PaymentMode).map((mode) => [mode, 0])) as Record<
    PaymentMode,
    number
  >;
  for (const row of rows) byMode[row.mode ?? "OTHER"] += Number(row.got);
  return byMode;
}

/** Entries between two IST days (newest first, paginated), each day's totals and the period's. */
export async function daybook(ctx: DomainContext, input: DaybookInput) {
  const { start, end } = istRange(input.from, input.to);
  const [days, byMode, rows] = await Promise.all([
    daybookDays(ctx, start, end),
    gotByMode(ctx, start, end),
    bookLines(ctx, {
      where: inPeriod(start, end),
      newestFirst: true,
      offset: input.cursor,
      limit: input.limit + 1,
    }),
  ]);
  const totals = days.reduce(
    (sum, day) => ({
      gavePaise: sum.gavePaise + day.gavePaise,
      gotPaise: sum.gotPaise + day.gotPaise,
      adjustedPaise: sum.adjustedPaise + day.adjustedPaise,
    }),
    { gavePaise: 0, gotPaise: 0, adjustedPaise: 0 },
  );
  return {
    days,
    totals: { ...totals, gotByMode: byMode },
    items: rows.slice(0, input.limit),
    nextCursor: rows.length > input.limit ? input.cursor + input.limit : null,
  };
}

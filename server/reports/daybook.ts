import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../context";
import { istRange } from "./dates";
import type { DaybookInput } from "./schema";

export const daybookEntrySelect = {
  id: true,
  type: true,
  amountPaise: true,
  paymentMode: true,
  reference: true,
  note: true,
  occurredAt: true,
  reversesEntryId: true,
  customer: { select: { id: true, name: true } },
  invoice: { select: { id: true, number: true } },
} satisfies Prisma.LedgerEntrySelect;

type DayRow = { date: string; gave: bigint; got: bigint; entries: number };

/** Per IST day: what went out on credit ("you gave") and what came in ("you got"), signed by entry. */
async function daybookDays(ctx: DomainContext, start: Date, end: Date) {
  const rows = await ctx.db.$queryRaw<DayRow[]>`
    SELECT to_char((e."occurredAt" + interval '330 minutes')::date, 'YYYY-MM-DD') AS "date",
           COALESCE(SUM(e."amountPaise") FILTER (WHERE e."amountPaise" > 0), 0)::bigint AS "gave",
           COALESCE(-SUM(e."amountPaise") FILTER (WHERE e."amountPaise" < 0), 0)::bigint AS "got",
           COUNT(*)::int AS "entries"
    FROM "LedgerEntry" e
    WHERE e."businessId" = ${ctx.businessId} AND e."occurredAt" >= ${start} AND e."occurredAt" < ${end}
    GROUP BY 1 ORDER BY 1 DESC`;
  return rows.map((row) => ({
    date: row.date,
    gavePaise: Number(row.gave),
    gotPaise: Number(row.got),
    entryCount: row.entries,
  }));
}

/** Entries between two IST days (newest first, paginated) and each day's totals. */
export async function daybook(ctx: DomainContext, input: DaybookInput) {
  const { start, end } = istRange(input.from, input.to);
  const [days, rows] = await Promise.all([
    daybookDays(ctx, start, end),
    ctx.db.ledgerEntry.findMany({
      where: { businessId: ctx.businessId, occurredAt: { gte: start, lt: end } },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: input.cursor,
      take: input.limit + 1,
      select: daybookEntrySelect,
    }),
  ]);
  const totals = days.reduce(
    (sum, day) => ({ gavePaise: sum.gavePaise + day.gavePaise, gotPaise: sum.gotPaise + day.gotPaise }),
    { gavePaise: 0, gotPaise: 0 },
  );
  return {
    days,
    totals,
    items: rows.slice(0, input.limit),
    nextCursor: rows.length > input.limit ? input.cursor + input.limit : null,
  };
}

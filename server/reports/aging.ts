import { Prisma } from "@/generated/prisma/client";
import { istDateString } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { bookEntries } from "./book-entries";
import { istDateToInstant } from "./dates";
import type { AgingInput } from "./schema";

export type AgingBuckets = { days0to30: number; days31to60: number; days61to90: number; over90: number };

type BucketRow = { balance: bigint; d0: bigint; d31: bigint; d61: bigint };

/**
 * Payments settle the oldest debits first (FIFO), so what a customer still owes is made of their
 * most recent debits: walk them newest first with a running SUM and keep only the part that fits
 * in the balance. `debtors` is a CTE of ("id", "balance"); ages are counted in IST days to asOf from
 * occurredAt (an imported opening balance carries its "as of" date there). Undone debits and
 * cancelled bills are left out by the rule of book-entries.ts. The SQL ends inside its WITH, after
 * the "portions" CTE ("customerId", age, portion), so a caller continues with ", more AS (…) SELECT".
 */
export function unpaidPortionsSql(businessId: string, asOfDate: string, debtors: Prisma.Sql) {
  return Prisma.sql`
    WITH debtors AS (${debtors}),
    debits AS (
      SELECT b."customerId", b."amountPaise"::bigint AS amount,
        GREATEST(0, ${asOfDate}::date - (b."occurredAt" + interval '330 minutes')::date) AS age,
        SUM(b."amountPaise"::bigint) OVER (
          PARTITION BY b."customerId" ORDER BY b."occurredAt" DESC, b."seq" DESC) AS upto
      FROM (${bookEntries(businessId, Prisma.sql`e."amountPaise" > 0`)}) b
      JOIN debtors d ON d."id" = b."customerId"
      WHERE b."kind" IN ('GAVE', 'ADJUSTMENT')
    ),
    portions AS (
      SELECT x."customerId", x.age, LEAST(x.amount, d."balance" - (x.upto - x.amount)) AS portion
      FROM debits x JOIN debtors d ON d."id" = x."customerId"
      WHERE x.upto - x.amount < d."balance"
    )`;
}

const bucketColumns = Prisma.sql`
  COALESCE(SUM(p.portion) FILTER (WHERE p.age <= 30), 0)::bigint AS "d0",
  COALESCE(SUM(p.portion) FILTER (WHERE p.age BETWEEN 31 AND 60), 0)::bigint AS "d31",
  COALESCE(SUM(p.portion) FILTER (WHERE p.age BETWEEN 61 AND 90), 0)::bigint AS "d61"`;

// Whatever the recent debits do not explain (only possible in hand-edited data) counts as oldest,
// so the buckets always add up to the balance.
function toBuckets(row: BucketRow): AgingBuckets {
  const [balance, d0, d31, d61] = [row.balance, row.d0, row.d31, row.d61].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { days0to30: d0, days31to60: d31, days61to90: d61, over90: balance - d0 - d31 - d61 };
}

/** One page of customers who owe money, largest balance first, each split by age. */
export async function agingRows(ctx: DomainContext, options: { asOf: Date; offset: number; limit: number }) {
  const debtors = Prisma.sql`
    SELECT c."id", c."name", c."phone", c."balancePaise" AS "balance" FROM "Customer" c
    WHERE c."businessId" = ${ctx.businessId} AND c."balancePaise" > 0
    ORDER BY c."balancePaise" DESC, c."id" LIMIT ${options.limit} OFFSET ${options.offset}`;
  const rows = await ctx.db.$queryRaw<(BucketRow & { id: string; name: string; phone: string | null })[]>`
    ${unpaidPortionsSql(ctx.businessId, istDateString(options.asOf), debtors)}
    SELECT d."id", d."name", d."phone", d."balance", ${bucketColumns}
    FROM debtors d LEFT JOIN portions p ON p."customerId" = d."id"
    GROUP BY d."id", d."name", d."phone", d."balance"
    ORDER BY d."balance" DESC, d."id"`;
  return rows.map((row) => ({
    customerId: row.id,
    name: row.name,
    phone: row.phone,
    balancePaise: Number(row.balance),
    ...toBuckets(row),
  }));
}

/** The same split summed over every customer who owes money. */
export async function agingTotals(ctx: DomainContext, asOf: Date) {
  const debtors = Prisma.sql`
    SELECT c."id", c."balancePaise" AS "balance" FROM "Customer" c
    WHERE c."businessId" = ${ctx.businessId} AND c."balancePaise" > 0`;
  const [row] = await ctx.db.$queryRaw<(BucketRow & { customers: number })[]>`
    ${unpaidPortionsSql(ctx.businessId, istDateString(asOf), debtors)}
    SELECT COUNT(DISTINCT d."id")::int AS "customers",
      COALESCE((SELECT SUM("balance") FROM debtors), 0)::bigint AS "balance", ${bucketColumns}
    FROM debtors d LEFT JOIN portions p ON p."customerId" = d."id"`;
  if (!row) throw new Error("aggregate query returned no row");
  return { customers: row.customers, balancePaise: Number(row.balance), ...toBuckets(row) };
}

/** Receivables by age: a page of debtors plus totals over all of them. */
export async function receivablesAging(ctx: DomainContext, input: AgingInput, now = new Date()) {
  const asOf = input.asOf ? istDateToInstant(input.asOf) : now;
  const [rows, totals] = await Promise.all([
    agingRows(ctx, { asOf, offset: input.cursor, limit: input.limit + 1 }),
    agingTotals(ctx, asOf),
  ]);
  return {
    asOf: istDateString(asOf),
    items: rows.slice(0, input.limit),
    totals,
    nextCursor: rows.length > input.limit ? input.cursor + input.limit : null,
  };
}

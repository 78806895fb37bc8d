import { Prisma } from "@/generated/prisma/client";
import type { LedgerEntryType, PaymentMode } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";

/**
 * The one rule every report and card counts money by. An entry that was undone (a mistake, the
 * old side of a correction, a cancelled bill's khata entry) and the REVERSAL that undid it both
 * drop out of every money figure, on whatever days they fall: the pair nets to zero, so the books
 * read as if the mistake never happened. Both stay visible as lines of their own kind.
 * - GAVE: standing bills and udhaar ("you gave").
 * - GOT: standing payments ("you got"; advances included — the money did come in).
 * - ADJUSTMENT: standing opening balances and adjustments: not money given or got that day.
 * - UNDONE: an entry that a later REVERSAL undid. Not counted.
 * - REVERSAL: the undo itself ("Entry undone", "Bill … cancelled"). Not counted.
 */
export const BOOK_LINE_KINDS = ["GAVE", "GOT", "ADJUSTMENT", "UNDONE", "REVERSAL"] as const;
export type BookLineKind = (typeof BOOK_LINE_KINDS)[number];

/** The columns of `bookEntries`, as PostgreSQL returns them. */
export type BookEntryRow = {
  id: string;
  seq: bigint;
  customerId: string;
  type: LedgerEntryType;
  kind: BookLineKind;
  amountPaise: number;
  paymentMode: PaymentMode | null;
  reference: string | null;
  note: string | null;
  occurredAt: Date;
  invoiceId: string | null;
  reversesEntryId: string | null;
  /** When the REVERSAL that undid this entry happened (UNDONE lines only). */
  undoneAt: Date | null;
  reversedType: LedgerEntryType | null;
  reversedAmountPaise: number | null;
  reversedOccurredAt: Date | null;
};

/**
 * Every entry of the business matching `where` (a condition on `e`, e.g. a date range), each with
 * its kind. reversesEntryId is unique, so each join finds at most one row: no entry is repeated.
 */
export function bookEntries(businessId: string, where: Prisma.Sql = Prisma.sql`TRUE`) {
  return Prisma.sql`
    SELECT e."id", e."seq", e."customerId", e."type", e."amountPaise", e."paymentMode",
      e."reference", e."note", e."occurredAt", e."invoiceId", e."reversesEntryId",
      CASE WHEN e."type" = 'REVERSAL' THEN 'REVERSAL'
           WHEN undo."id" IS NOT NULL THEN 'UNDONE'
           WHEN e."type" = 'PAYMENT' THEN 'GOT'
           WHEN e."type" = 'ADJUSTMENT' THEN 'ADJUSTMENT'
           ELSE 'GAVE' END AS "kind",
      undo."occurredAt" AS "undoneAt", orig."type" AS "reversedType",
      orig."amountPaise" AS "reversedAmountPaise", orig."occurredAt" AS "reversedOccurredAt"
    FROM "LedgerEntry" e
    LEFT JOIN "LedgerEntry" undo ON undo."reversesEntryId" = e."id"
    LEFT JOIN "LedgerEntry" orig ON orig."id" = e."reversesEntryId"
    WHERE e."businessId" = ${businessId} AND (${where})`;
}

/** Entries that happened in [start, end): the condition to pass to `bookEntries`. */
export const inPeriod = (start: Date, end: Date) =>
  Prisma.sql`e."occurredAt" >= ${start} AND e."occurredAt" < ${end}`;

/** Sums over rows `b` of `bookEntries`: what the daybook, Home and the exports call gave/got. */
export const moneyColumns = Prisma.sql`
  COALESCE(SUM(b."amountPaise") FILTER (WHERE b."kind" = 'GAVE'), 0)::bigint AS "gave",
  COALESCE(-SUM(b."amountPaise") FILTER (WHERE b."kind" = 'GOT'), 0)::bigint AS "got",
  COALESCE(SUM(b."amountPaise") FILTER (WHERE b."kind" = 'ADJUSTMENT'), 0)::bigint AS "adjusted"`;

/** "YYYY-MM-DD" of an instant on the IST calendar, in SQL. */
export const istDay = (column: Prisma.Sql) =>
  Prisma.sql`to_char((${column} + interval '330 minutes')::date, 'YYYY-MM-DD')`;

/** One page of book lines with customer and bill, ordered by when they happened. */
export async function bookLines(
  ctx: DomainContext,
  options: { where?: Prisma.Sql; newestFirst: boolean; offset: number; limit: number },
) {
  const direction = options.newestFirst ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await ctx.db.$queryRaw<
    (BookEntryRow & { customerName: string; invoiceNumber: string | null })[]
  >`
    SELECT b.*, c."name" AS "customerName", i."number" AS "invoiceNumber"
    FROM (${bookEntries(ctx.businessId, options.where)}) b
    JOIN "Customer" c ON c."id" = b."customerId"
    LEFT JOIN "Invoice" i ON i."id" = b."invoiceId"
    ORDER BY b."occurredAt" ${direction}, b."seq" ${direction}
    LIMIT ${options.limit} OFFSET ${options.offset}`;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    type: row.type,
    amountPaise: row.amountPaise,
    paymentMode: row.paymentMode,
    reference: row.reference,
    note: row.note,
    occurredAt: row.occurredAt,
    reversesEntryId: row.reversesEntryId,
    undoneAt: row.undoneAt,
    reverses:
      row.reversedType && row.reversedAmountPaise !== null && row.reversedOccurredAt
        ? { type: row.reversedType, amountPaise: row.reversedAmountPaise, occurredAt: row.reversedOccurredAt }
        : null,
    customer: { id: row.customerId, name: row.customerName },
    invoice: row.invoiceId && row.invoiceNumber ? { id: row.invoiceId, number: row.invoiceNumber } : null,
  }));
}

export type BookLine = Awaited<ReturnType<typeof bookLines>>[number];

/** A bill counts as a sale unless it was cancelled (its khata entry is then UNDONE). */
export const invoiceCountsAsSale = Prisma.sql`i."status" <> 'CANCELLED'`;

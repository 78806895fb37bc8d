import { Prisma } from "@/generated/prisma/client";
import type { LedgerEntryType, PaymentMode } from "@/generated/prisma/enums";
import { istDateString } from "@/lib/gst/financial-year";
import type { DomainContext } from "../context";
import { type BookEntryRow, type BookLineKind, bookEntries } from "../reports/book-entries";

// Enough for any phone screen and a few PDF pages; older lines fold into the opening balance.
export const MAX_STATEMENT_LINES = 500;
const COUNTED: BookLineKind[] = ["GAVE", "GOT", "ADJUSTMENT"];

export type StatementLine = {
  id: string;
  /** IST "YYYY-MM-DD". */
  date: string;
  kind: BookLineKind;
  type: LedgerEntryType;
  /** Signed: more than zero raises what is owed. */
  amountPaise: number;
  paymentMode: PaymentMode | null;
  invoiceNumber: string | null;
  /** Running balance after this line; undone entries and undos leave it as it was. */
  balancePaise: number;
};

export type StatementLines = {
  openingPaise: number;
  closingPaise: number;
  lines: StatementLine[];
  /** True when the range held more lines than shown: the earliest are in the opening balance. */
  truncated: boolean;
};

const counts = (kind: BookLineKind) => COUNTED.includes(kind);

/**
 * One customer's lines in [start, end) by the book rule (server/reports/book-entries.ts), oldest
 * first, with the balance before, after each and at the end. Only this customer's entries are read.
 */
export async function statementLines(
  ctx: DomainContext,
  input: { customerId: string; start: Date | null; end: Date },
): Promise<StatementLines> {
  const mine = Prisma.sql`e."customerId" = ${input.customerId}`;
  const [{ closing } = { closing: 0n }] = await ctx.db.$queryRaw<{ closing: bigint }[]>`
    SELECT COALESCE(SUM(b."amountPaise") FILTER (WHERE b."kind" IN ('GAVE', 'GOT', 'ADJUSTMENT')), 0)::bigint
      AS "closing"
    FROM (${bookEntries(ctx.businessId, Prisma.sql`${mine} AND e."occurredAt" < ${input.end}`)}) b`;
  const inRange = input.start
    ? Prisma.sql`${mine} AND e."occurredAt" >= ${input.start} AND e."occurredAt" < ${input.end}`
    : Prisma.sql`${mine} AND e."occurredAt" < ${input.end}`;
  const newestFirst = await ctx.db.$queryRaw<(BookEntryRow & { invoiceNumber: string | null })[]>`
    SELECT b.*, i."number" AS "invoiceNumber"
    FROM (${bookEntries(ctx.businessId, inRange)}) b
    LEFT JOIN "Invoice" i ON i."id" = b."invoiceId" AND i."businessId" = ${ctx.businessId}
    ORDER BY b."occurredAt" DESC, b."seq" DESC
    LIMIT ${MAX_STATEMENT_LINES + 1}`;
  const truncated = newestFirst.length > MAX_STATEMENT_LINES;
  const rows = newestFirst.slice(0, MAX_STATEMENT_LINES).reverse();
  const closingPaise = Number(closing);
  const shownCounted = rows.reduce((sum, row) => sum + (counts(row.kind) ? row.amountPaise : 0), 0);
  const openingPaise = closingPaise - shownCounted;
  let balance = openingPaise;
  const lines = rows.map((row): StatementLine => {
    if (counts(row.kind)) balance += row.amountPaise;
    return {
      id: row.id,
      date: istDateString(row.occurredAt),
      kind: row.kind,
      type: row.type,
      amountPaise: row.amountPaise,
      paymentMode: row.paymentMode,
      invoiceNumber: row.invoiceNumber,
      balancePaise: balance,
    };
  });
  return { openingPaise, closingPaise, lines, truncated };
}

import { Prisma } from "@/generated/prisma/client";
import type { MessageLanguage, ReminderChannel } from "@/generated/prisma/enums";
import { istDateString } from "@/lib/gst/financial-year";
import { istDayBounds } from "@/lib/reminders/send-time";
import type { DbOrTx } from "../db";
import { unpaidPortionsSql } from "../reports/aging";

/** Why an overdue customer gets no reminder from the bulk send. */
export type BulkSkipReason = "NO_CONTACT" | "ACTIVE_REMINDER" | "REMINDED_TODAY";

export type OverdueOptions = { minDaysOverdue: number; channel: ReminderChannel; now: Date };

/**
 * Every customer of the business (not erased) who owes money and whose oldest unpaid debit is more
 * than `minDaysOverdue` IST days old, by the aging report's FIFO rule (payments settle the oldest
 * debits first, so an old debit that was paid off does not count). Each row says why it would be
 * skipped, or null: no mobile/email for the channel, an ACTIVE reminder already, or a message that
 * reached them today (claim-occurrence allows one a day, whatever the schedule). The SQL ends with
 * the "candidates" CTE. All in one statement, whatever the number of customers.
 */
function overdueCandidatesSql(businessId: string, options: OverdueOptions) {
  const debtors = Prisma.sql`
    SELECT c."id", c."balancePaise" AS "balance" FROM "Customer" c
    WHERE c."businessId" = ${businessId} AND c."balancePaise" > 0 AND c."erasedAt" IS NULL`;
  const noContact =
    options.channel === "EMAIL"
      ? Prisma.sql`COALESCE(c."email", '') = ''`
      : Prisma.sql`COALESCE(c."phone", '') = ''`;
  const today = istDayBounds(options.now);
  return Prisma.sql`
    ${unpaidPortionsSql(businessId, istDateString(options.now), debtors)},
    overdue AS (
      SELECT p."customerId", MAX(p.age)::int AS "daysOverdue" FROM portions p
      GROUP BY p."customerId" HAVING MAX(p.age) > ${options.minDaysOverdue}
    ),
    candidates AS (
      SELECT c."id", c."name", c."messageLanguage",
        COALESCE(c."phone", '') <> '' AS "hasPhone", COALESCE(c."email", '') <> '' AS "hasEmail",
        d."balance", o."daysOverdue",
        CASE
          WHEN ${noContact} THEN 'NO_CONTACT'
          WHEN EXISTS (SELECT 1 FROM "Reminder" r WHERE r."businessId" = ${businessId}
            AND r."customerId" = c."id" AND r."status" = 'ACTIVE') THEN 'ACTIVE_REMINDER'
          WHEN EXISTS (SELECT 1 FROM "ReminderDelivery" rd WHERE rd."businessId" = ${businessId}
            AND rd."customerId" = c."id" AND rd."status" IN ('SENDING', 'SENT', 'DELIVERED', 'READ')
            AND rd."createdAt" >= ${today.start} AND rd."createdAt" < ${today.end}) THEN 'REMINDED_TODAY'
        END AS "skipReason"
      FROM overdue o
      JOIN debtors d ON d."id" = o."customerId"
      JOIN "Customer" c ON c."id" = o."customerId"
    )`;
}

// Most overdue first; the same order for the list and for the reminders written.
const MOST_OVERDUE_FIRST = Prisma.sql`ORDER BY "daysOverdue" DESC, "balance" DESC, "id"`;

type PreviewRow = {
  id: string;
  name: string;
  hasPhone: boolean;
  hasEmail: boolean;
  balance: bigint;
  daysOverdue: number;
  skipReason: BulkSkipReason | null;
  listed: bigint;
  eligible: bigint;
  eligiblePaise: bigint | null;
};

/** The first `limit` overdue customers and the totals over all of them, in one query. */
export async function overduePreviewRows(
  db: DbOrTx,
  businessId: string,
  options: OverdueOptions,
  limit: number,
) {
  const rows = await db.$queryRaw<PreviewRow[]>`
    ${overdueCandidatesSql(businessId, options)}
    SELECT "id", "name", "hasPhone", "hasEmail", "balance", "daysOverdue", "skipReason",
      COUNT(*) OVER () AS "listed",
      COUNT(*) FILTER (WHERE "skipReason" IS NULL) OVER () AS "eligible",
      SUM("balance") FILTER (WHERE "skipReason" IS NULL) OVER () AS "eligiblePaise"
    FROM candidates ${MOST_OVERDUE_FIRST} LIMIT ${limit}`;
  const first = rows[0];
  return {
    customers: rows.map((row) => ({
      customerId: row.id,
      name: row.name,
      hasPhone: row.hasPhone,
      hasEmail: row.hasEmail,
      balancePaise: Number(row.balance),
      daysOverdue: row.daysOverdue,
      skipReason: row.skipReason,
    })),
    listed: Number(first?.listed ?? 0),
    eligible: Number(first?.eligible ?? 0),
    eligiblePaise: Number(first?.eligiblePaise ?? 0),
  };
}

/** Every customer the bulk send would remind now (no cap), with what their reminder needs. */
export async function eligibleOverdueCustomers(db: DbOrTx, businessId: string, options: OverdueOptions) {
  const rows = await db.$queryRaw<{ id: string; messageLanguage: MessageLanguage; balance: bigint }[]>`
    ${overdueCandidatesSql(businessId, options)}
    SELECT "id", "messageLanguage", "balance" FROM candidates
    WHERE "skipReason" IS NULL ${MOST_OVERDUE_FIRST}`;
  return rows.map((row) => ({
    customerId: row.id,
    messageLanguage: row.messageLanguage,
    balancePaise: Number(row.balance),
  }));
}

import { istDate, istDayBounds } from "@/lib/reminders/send-time";
import type { DomainContext } from "../context";
import { notFound } from "../errors";

const DAY_MS = 24 * 60 * 60 * 1000;
const REPLIES_SHOWN = 50;
const PROMISED_TODAY_LISTED = 10;

/** "YYYY-MM-DD" of the IST day after `day` ("YYYY-MM-DD"): when an accepted promise reminds again. */
export function dayAfter(day: string): string {
  return istDate(new Date(new Date(`${day}T00:00:00+05:30`).getTime() + DAY_MS));
}

/**
 * The customer's WhatsApp replies, newest first, each with the day it promises (IST "YYYY-MM-DD")
 * and whether that promise can still be accepted. An erased customer's replies were scrubbed:
 * none are shown.
 */
export async function customerReplies(ctx: DomainContext, customerId: string, now = new Date()) {
  const customer = await ctx.db.customer.findFirst({
    where: { id: customerId, businessId: ctx.businessId },
    select: { erasedAt: true },
  });
  if (!customer) throw notFound("Customer");
  if (customer.erasedAt) return [];
  const rows = await ctx.db.inboundMessage.findMany({
    where: { businessId: ctx.businessId, customerId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: REPLIES_SHOWN,
    select: { id: true, body: true, receivedAt: true, promisedFor: true, promiseStatus: true },
  });
  const today = istDate(now);
  return rows.map(({ promisedFor, ...row }) => {
    const day = promisedFor ? istDate(promisedFor) : null;
    return {
      ...row,
      promisedFor: day,
      remindOn: day ? dayAfter(day) : null,
      // A promise for a day already gone cannot move a reminder any more; it can still be dismissed.
      promiseDayPassed: day !== null && day < today,
    };
  });
}

type PromisedRow = {
  customerId: string;
  name: string;
  balancePaise: bigint;
  body: string | null;
  total: bigint;
};

/**
 * Home's "promised to pay today": customers whose latest accepted promise is for today (IST)
 * and who still owe. A later promise replaces an earlier one, so a customer who moved their
 * day is not counted for the old one.
 */
export async function promisedToday(ctx: DomainContext, now = new Date()) {
  const { start, end } = istDayBounds(now);
  const rows = await ctx.db.$queryRaw<PromisedRow[]>`
    SELECT latest."customerId", c."name", c."balancePaise", latest."body", COUNT(*) OVER () AS "total"
    FROM (
      SELECT DISTINCT ON ("customerId") "customerId", "body", "promisedFor"
      FROM "InboundMessage"
      WHERE "businessId" = ${ctx.businessId} AND "promiseStatus" = 'ACCEPTED' AND "customerId" IS NOT NULL
      ORDER BY "customerId", "receivedAt" DESC, "id" DESC
    ) latest
    JOIN "Customer" c ON c."id" = latest."customerId" AND c."businessId" = ${ctx.businessId}
    WHERE latest."promisedFor" >= ${start} AND latest."promisedFor" < ${end}
      AND c."balancePaise" > 0 AND c."erasedAt" IS NULL
    ORDER BY c."balancePaise" DESC, c."name"
    LIMIT ${PROMISED_TODAY_LISTED}`;
  return {
    count: Number(rows[0]?.total ?? 0),
    customers: rows.map((row) => ({
      customerId: row.customerId,
      name: row.name,
      balancePaise: Number(row.balancePaise),
      replyText: row.body ?? "",
    })),
  };
}

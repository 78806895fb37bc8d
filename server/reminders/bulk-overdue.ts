import { z } from "zod";
import { ReminderChannel } from "@/generated/prisma/enums";
import { defaultTemplate } from "@/lib/reminders/template";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { inTransaction } from "../transaction";
import type { BulkCreateInput, BulkPreviewInput } from "./bulk-schema";
import { reminderSendTime } from "./create-reminder";
import { eligibleOverdueCustomers, overduePreviewRows } from "./overdue-candidates";
import { writeReminders } from "./write-reminders";

/** Rows the preview lists; the rest are counted ("and N more"). */
export const BULK_PREVIEW_LIMIT = 500;

const BULK_AUDIT = { action: "reminder.bulk_create", entityType: "ReminderBulk" } as const;

/** What the bulk send's audit row keeps, and gives back to a repeated request with its bulkKey. */
const bulkResult = z.object({
  created: z.number().int(),
  totalPaise: z.number().int(),
  sendAt: z.iso.datetime(),
  movedFrom: z.iso.datetime().nullable(),
  minDaysOverdue: z.number().int(),
  channel: z.enum(ReminderChannel),
});
type BulkResult = z.infer<typeof bulkResult>;

/**
 * Who "remind everyone over N days overdue" would reach, most overdue first: each customer's
 * balance (what the reminder asks for: the balance when it goes out, today's shown here), the
 * age of their oldest unpaid debit, and why they are skipped if they are. Totals cover everyone,
 * the list the first BULK_PREVIEW_LIMIT.
 */
export async function previewOverdueReminders(ctx: DomainContext, input: BulkPreviewInput & { now?: Date }) {
  const now = input.now ?? new Date();
  const options = { minDaysOverdue: input.minDaysOverdue, channel: input.channel, now };
  const found = await overduePreviewRows(ctx.db, ctx.businessId, options, BULK_PREVIEW_LIMIT);
  return {
    minDaysOverdue: input.minDaysOverdue,
    channel: input.channel,
    customers: found.customers,
    more: found.listed - found.customers.length,
    totals: {
      overdue: found.listed,
      willRemind: found.eligible,
      skipped: found.listed - found.eligible,
      amountPaise: found.eligiblePaise,
    },
  };
}

async function earlierBulk(tx: Tx, ctx: DomainContext, bulkKey: string): Promise<BulkResult | null> {
  const row = await tx.auditLog.findFirst({
    where: { businessId: ctx.businessId, ...BULK_AUDIT, entityId: bulkKey },
    select: { after: true },
  });
  return row ? bulkResult.parse(row.after) : null;
}

/**
 * The one confirmation of the preview: a reminder for each customer it said would get one
 * (amount: the balance at send time, the default text in the customer's language), with their
 * outbox events and one audit row, all in one transaction. Refused when the list changed since
 * the preview (its count differs). Bulk sends of a business queue on one advisory lock, so two
 * at once cannot remind the same customers twice; a repeated bulkKey returns the first result.
 */
export async function createOverdueReminders(
  ctx: DomainContext,
  input: BulkCreateInput,
  now = new Date(),
): Promise<BulkResult & { repeated: boolean }> {
  return inTransaction(ctx, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reminders-bulk:${ctx.businessId}`}, 0))`;
    const earlier = await earlierBulk(tx, ctx, input.bulkKey);
    if (earlier) return { ...earlier, repeated: true };
    const { sendAt, movedFrom } = reminderSendTime(input.sendAt ?? now, now);
    const options = { minDaysOverdue: input.minDaysOverdue, channel: input.channel, now };
    const eligible = await eligibleOverdueCustomers(tx, ctx.businessId, options);
    if (eligible.length !== input.expectedCount) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "The list changed since you saw it. Check it again before sending.",
        undefined,
        { count: eligible.length },
      );
    }
    await writeReminders(
      tx,
      ctx,
      eligible.map((customer) => ({
        customerId: customer.customerId,
        channel: input.channel,
        language: customer.messageLanguage,
        template: defaultTemplate(customer.messageLanguage),
        amountPaise: null,
        sendAt,
        everyDays: null,
        maxOccurrences: 1,
      })),
    );
    const result: BulkResult = {
      created: eligible.length,
      totalPaise: eligible.reduce((sum, customer) => sum + customer.balancePaise, 0),
      sendAt: sendAt.toISOString(),
      movedFrom: movedFrom?.toISOString() ?? null,
      minDaysOverdue: input.minDaysOverdue,
      channel: input.channel,
    };
    await recordAudit(tx, ctx, { ...BULK_AUDIT, entityId: input.bulkKey, after: result });
    return { ...result, repeated: false };
  });
}

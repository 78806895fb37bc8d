import { outOfQuietHours } from "@/lib/reminders/send-time";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError, notFound } from "../errors";
import { inTransaction } from "../transaction";
import { enqueueEvent, REMINDER_SCHEDULED } from "./events";
import { quietHours } from "./quiet-hours";
import { assertSendTimeAhead } from "./send-time-check";

/**
 * Move the next occurrence. A new "reminder/scheduled" event carries the new time; the run
 * sleeping until the old time wakes, sees the time changed, and sends nothing.
 */
export async function rescheduleReminder(
  ctx: DomainContext,
  id: string,
  sendAtAsked: Date,
  now = new Date(),
) {
  const sendAt = outOfQuietHours(assertSendTimeAhead(sendAtAsked, now), quietHours());
  return inTransaction(ctx, async (tx) => {
    const reminder = await tx.reminder.findFirst({ where: { id, businessId: ctx.businessId } });
    if (!reminder) throw notFound("Reminder");
    if (reminder.status !== "ACTIVE") throw new AppError("CONFLICT", "This reminder has finished already");
    const updated = await tx.reminder.update({ where: { id }, data: { sendAt } });
    await enqueueEvent(tx, {
      name: REMINDER_SCHEDULED,
      data: {
        reminderId: id,
        businessId: ctx.businessId,
        occurrence: reminder.occurrence + 1,
        sendAt: sendAt.toISOString(),
      },
    });
    await recordAudit(tx, ctx, {
      action: "reminder.reschedule",
      entityType: "Reminder",
      entityId: id,
      before: { sendAt: reminder.sendAt.toISOString() },
      after: { sendAt: sendAt.toISOString() },
    });
    return updated;
  });
}

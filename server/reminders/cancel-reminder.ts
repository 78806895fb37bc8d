import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { DbOrTx } from "../db";
import { AppError, notFound } from "../errors";
import { inTransaction } from "../transaction";
import { enqueueEvent, REMINDER_CANCELLED } from "./events";

/** Why a reminder stopped before its last occurrence (Reminder.statusReason). */
export type StopReason = "CANCELLED_BY_MERCHANT" | "PAID" | "CUSTOMER_ERASED";

/** The merchant cancels a reminder: nothing more goes out, and the sleeping run is cancelled too. */
export async function cancelReminder(ctx: DomainContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    const reminder = await tx.reminder.findFirst({ where: { id, businessId: ctx.businessId } });
    if (!reminder) throw notFound("Reminder");
    if (reminder.status === "CANCELLED") return reminder;
    if (reminder.status !== "ACTIVE") throw new AppError("CONFLICT", "This reminder has finished already");
    const [cancelled] = await stopReminders(tx, ctx, { id }, "CANCELLED_BY_MERCHANT");
    await recordAudit(tx, ctx, { action: "reminder.cancel", entityType: "Reminder", entityId: id });
    return cancelled ?? reminder;
  });
}

/**
 * Stop the active reminders matching `where` (inside the caller's transaction): a payment that
 * clears the balance ends them as DONE, an erasure or the merchant cancels them.
 */
export async function stopReminders(
  tx: DbOrTx,
  ctx: DomainContext,
  where: { id?: string; customerId?: string },
  reason: StopReason,
) {
  const active = await tx.reminder.findMany({
    where: { ...where, businessId: ctx.businessId, status: "ACTIVE" },
    select: { id: true },
  });
  const stopped = [];
  for (const { id } of active) {
    stopped.push(
      await tx.reminder.update({
        where: { id },
        data: {
          status: reason === "PAID" ? "DONE" : "CANCELLED",
          statusReason: reason,
          cancelledAt: reason === "PAID" ? null : new Date(),
        },
      }),
    );
    await enqueueEvent(tx, {
      name: REMINDER_CANCELLED,
      data: { reminderId: id, businessId: ctx.businessId, reason },
    });
  }
  return stopped;
}

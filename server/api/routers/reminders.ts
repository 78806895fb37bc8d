import { createOverdueReminders, previewOverdueReminders } from "../../reminders/bulk-overdue";
import { bulkCreateInput, bulkPreviewInput } from "../../reminders/bulk-schema";
import { cancelReminder } from "../../reminders/cancel-reminder";
import { createReminder } from "../../reminders/create-reminder";
import { listReminders } from "../../reminders/queries";
import { rescheduleReminder } from "../../reminders/reschedule-reminder";
import {
  createReminderInput,
  listRemindersInput,
  reminderIdInput,
  rescheduleReminderInput,
} from "../../reminders/schema";
import { sendReminderNow } from "../../reminders/send-now";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

export const remindersRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listRemindersInput)
    .query(({ ctx, input }) => listReminders(ctx.domain, input)),
  create: protectedProcedure
    .input(createReminderInput)
    .mutation(({ ctx, input }) => createReminder(ctx.domain, input)),
  cancel: protectedProcedure
    .input(reminderIdInput)
    .mutation(({ ctx, input }) => cancelReminder(ctx.domain, input.id)),
  reschedule: protectedProcedure
    .input(rescheduleReminderInput)
    .mutation(({ ctx, input }) => rescheduleReminder(ctx.domain, input.id, input.sendAt)),
  sendNow: protectedProcedure
    .input(reminderIdInput)
    .mutation(({ ctx, input }) => sendReminderNow(ctx.domain, input.id)),
  // Reminding every debtor at once is a shop-level decision: the owner's.
  bulkPreview: ownerProcedure
    .input(bulkPreviewInput)
    .query(({ ctx, input }) => previewOverdueReminders(ctx.domain, input)),
  bulkCreate: ownerProcedure
    .input(bulkCreateInput)
    .mutation(({ ctx, input }) => createOverdueReminders(ctx.domain, input)),
});

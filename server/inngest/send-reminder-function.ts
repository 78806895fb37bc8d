import { NonRetriableError, RetryAfterError } from "inngest";
import { z } from "zod";
import { db } from "../db";
import { REMINDER_CANCELLED, REMINDER_SCHEDULED } from "../reminders/events";
import { sendReminderOccurrence } from "../reminders/send-occurrence";
import { nothingWasSent, retryAfterMsOf, type SenderFor } from "../reminders/sender";
import { reminderSenderFor, statementLinkForReminder } from "../reminders/senders";
import type { InngestClient } from "./client";

const scheduledData = z.object({
  reminderId: z.string().min(1).max(64),
  businessId: z.string().min(1).max(64),
  occurrence: z.number().int().min(1),
  sendAt: z.iso.datetime(),
});

const PROVIDER_DOWN_FIRST_WAIT_MS = 5 * 60_000;

/**
 * How long to wait before the next try: what a 429 asked for, or, when the provider's circuit is
 * open and no other channel could take the message, 5, 10, 20 … minutes (the 6 retries span
 * about 5 hours of outage before the run gives up).
 */
export function waitBeforeRetry(error: unknown, attempt: number): number | null {
  if (nothingWasSent(error)) return PROVIDER_DOWN_FIRST_WAIT_MS * 2 ** Math.min(attempt, 6);
  return retryAfterMsOf(error);
}

/**
 * One occurrence of a reminder: sleep until its send time, then the send step (which re-reads
 * the reminder and the balance, so a cancelled, rescheduled or paid-up one sends nothing).
 * Cancelled while asleep by "reminder/cancelled". Per shop at most 2 sends at once and 60 a
 * minute, so one big shop cannot starve the others or trip a provider's rate limit.
 */
export function sendReminderFunction(
  client: InngestClient,
  options: { senderFor?: () => SenderFor; now?: () => Date } = {},
) {
  const senderFor = options.senderFor ?? reminderSenderFor;
  return client.createFunction(
    {
      id: "send-reminder",
      triggers: [{ event: REMINDER_SCHEDULED }],
      cancelOn: [{ event: REMINDER_CANCELLED, if: "async.data.reminderId == event.data.reminderId" }],
      concurrency: [{ key: "event.data.businessId", limit: 2 }],
      throttle: { key: "event.data.businessId", limit: 60, period: "1m" },
      retries: 6,
    },
    async ({ event, step, attempt }) => {
      const parsed = scheduledData.safeParse(event.data);
      if (!parsed.success) throw new NonRetriableError("reminder/scheduled event without a valid reminder");
      const data = parsed.data;
      await step.sleepUntil("wait-for-send-time", new Date(data.sendAt));
      const outcome = await step.run("send", async () => {
        try {
          return await sendReminderOccurrence(
            {
              db: db(),
              senderFor: senderFor(),
              statementLink: statementLinkForReminder,
              ...(options.now ? { now: options.now } : {}),
            },
            data,
          );
        } catch (error) {
          const waitMs = waitBeforeRetry(error, attempt);
          if (waitMs) throw new RetryAfterError("Waiting for the provider", waitMs, { cause: error });
          throw error;
        }
      });
      // Recorded on the delivery and the reminder already; failing the run shows it in Inngest too.
      if (outcome.kind === "failed") throw new NonRetriableError(`Reminder not sent: ${outcome.reason}`);
      return outcome;
    },
  );
}

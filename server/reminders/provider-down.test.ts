import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { parseEnv } from "../env";
import { waitBeforeRetry } from "../inngest/send-reminder-function";
import { channelsFromEnv } from "../messaging/channels-from-env";
import { startStandIn } from "../messaging/test-stand-in";
import { BREAKER, outboundStats } from "../resilience/outbound-policy";
import { createReminder } from "./create-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { reminderSenderFor } from "./senders";
import { ist, reminderShop, scheduledEvents } from "./test-reminders";

const standIns: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const standIn of standIns.splice(0)) await standIn.close();
});

async function standIn() {
  const server = await startStandIn();
  standIns.push(server);
  return server;
}

const whatsAppVars = (url: string) => ({
  WHATSAPP_ACCESS_TOKEN: "EAAG-provider-down-test",
  WHATSAPP_PHONE_NUMBER_ID: "1234567890",
  WHATSAPP_API_BASE: url,
});
const smsVars = (url: string) => ({
  MSG91_AUTH_KEY: "msg91-provider-down-test",
  MSG91_SENDER_ID: "EXCORA",
  MSG91_TEMPLATE_ID: "tmpl-reminder",
  MSG91_API_BASE: url,
});

const now = ist("2026-12-02T11:00:00");

/** A WhatsApp reminder for a new customer, and its first scheduled event. */
async function whatsAppReminder() {
  const shop = await reminderShop(75_000);
  const reminder = await createReminder(
    shop.ownerCtx,
    { customerId: shop.rahul.id, channel: "WHATSAPP", maxOccurrences: 1, sendAt: now },
    now,
  );
  const [event] = await scheduledEvents(reminder.id);
  if (!event) throw new Error("no event");
  return { reminder, event };
}

/** WhatsApp answers 500 until its circuit opens (each failure is a retryable send). */
async function tripWhatsApp(senderFor: ReturnType<typeof reminderSenderFor>) {
  for (let i = 0; i < BREAKER.consecutiveFailures; i++) {
    const { event } = await whatsAppReminder();
    await expect(
      sendReminderOccurrence({ db: db(), senderFor, now: () => now }, event),
    ).rejects.toMatchObject({
      reason: "provider_unavailable",
    });
  }
  expect(outboundStats().states).toContainEqual({ dependency: "whatsapp", state: "open" });
}

describe("reminders while WhatsApp is down", () => {
  it("go out by SMS to the same number once WhatsApp's circuit is open, and say so on the delivery", async () => {
    const graph = await standIn();
    graph.answer({ status: 500, body: { error: { message: "Service unavailable", code: 2 } } });
    const msg91 = await standIn();
    msg91.answer({ status: 200, body: { type: "success", message: "sms-req-1" } });
    const channels = channelsFromEnv(
      parseEnv({ ...process.env, ...whatsAppVars(graph.url), ...smsVars(msg91.url) }),
    );
    const senderFor = reminderSenderFor(channels);
    await tripWhatsApp(senderFor);
    const graphCalls = graph.requests.length;

    const { reminder, event } = await whatsAppReminder();
    const outcome = await sendReminderOccurrence({ db: db(), senderFor, now: () => now }, event);
    expect(outcome).toMatchObject({ kind: "sent" });
    expect(graph.requests).toHaveLength(graphCalls);
    expect(msg91.requests).toHaveLength(1);
    expect(JSON.stringify(msg91.requests[0]?.body)).toContain("919876543210");
    expect(
      await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } }),
    ).toMatchObject({
      status: "SENT",
      sentVia: "sms",
      providerMessageId: "sms-req-1",
    });
  });

  it("with no other channel they wait: nothing is sent, the delivery says why, and the next try is minutes away", async () => {
    const graph = await standIn();
    graph.answer({ status: 503 });
    const senderFor = reminderSenderFor(
      channelsFromEnv(parseEnv({ ...process.env, ...whatsAppVars(graph.url) })),
    );
    await tripWhatsApp(senderFor);
    const graphCalls = graph.requests.length;

    const { reminder, event } = await whatsAppReminder();
    const error = await sendReminderOccurrence({ db: db(), senderFor, now: () => now }, event).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ reason: "circuit_open", retryable: true });
    expect(graph.requests).toHaveLength(graphCalls);
    expect(waitBeforeRetry(error, 0)).toBe(5 * 60_000);
    expect(waitBeforeRetry(error, 2)).toBe(20 * 60_000);
    const delivery = await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } });
    expect(delivery).toMatchObject({ status: "SENDING", reason: "circuit_open" });
    expect((await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).not.toBe("FAILED");
  });
});

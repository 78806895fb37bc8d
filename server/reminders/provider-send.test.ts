import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { parseEnv } from "../env";
import { channelsFromEnv } from "../messaging/channels-from-env";
import { startStandIn } from "../messaging/test-stand-in";
import { createReminder } from "./create-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { reminderSenderFor } from "./senders";
import { ist, reminderShop, scheduledEvents } from "./test-reminders";

const standIns: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const standIn of standIns.splice(0)) await standIn.close();
});

async function whatsAppAt(url: string) {
  return channelsFromEnv(
    parseEnv({
      ...process.env,
      WHATSAPP_ACCESS_TOKEN: "EAAG-reminder-test",
      WHATSAPP_PHONE_NUMBER_ID: "1234567890",
      WHATSAPP_API_BASE: url,
    }),
  );
}

describe("a reminder through a configured WhatsApp Cloud API", () => {
  it("sends the approved template with the customer's name, amount, shop and link, and records the message id", async () => {
    const graph = await startStandIn();
    standIns.push(graph);
    graph.answer({ status: 200, body: { messages: [{ id: "wamid.HBgLOTE5ODc2NTQzMjEw" }] } });
    const shop = await reminderShop(75_000);
    const now = ist("2026-12-02T11:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { customerId: shop.rahul.id, channel: "WHATSAPP", language: "HI", maxOccurrences: 1, sendAt: now },
      now,
    );
    const [event] = await scheduledEvents(reminder.id);
    if (!event) throw new Error("no event");
    const senderFor = reminderSenderFor(await whatsAppAt(graph.url));
    const outcome = await sendReminderOccurrence({ db: db(), senderFor, now: () => now }, event);
    expect(outcome).toMatchObject({ kind: "sent" });
    expect(graph.requests).toHaveLength(1);
    const [request] = graph.requests;
    expect(request?.path).toMatch(/\/1234567890\/messages$/);
    expect(request?.headers.authorization).toBe("Bearer EAAG-reminder-test");
    expect(request?.body).toMatchObject({
      messaging_product: "whatsapp",
      to: "919876543210",
      type: "template",
      template: { name: "payment_reminder", language: { code: "hi" } },
    });
    const body = request?.body as { template: { components: { parameters: { text: string }[] }[] } };
    const parameters = body.template.components[0]?.parameters.map((parameter) => parameter.text);
    expect(parameters?.slice(0, 2)).toEqual(["Rahul Sharma", "₹750.00"]);
    expect(
      await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } }),
    ).toMatchObject({
      status: "SENT",
      sentVia: "whatsapp",
      providerMessageId: "wamid.HBgLOTE5ODc2NTQzMjEw",
    });
  });

  it("a provider's 400 fails the reminder for good; without a provider the development channel keeps it", async () => {
    const graph = await startStandIn();
    standIns.push(graph);
    graph.answer({ status: 400, body: { error: { message: "Invalid parameter", code: 100 } } });
    const shop = await reminderShop();
    const now = ist("2026-12-02T11:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { customerId: shop.rahul.id, channel: "WHATSAPP", maxOccurrences: 1, sendAt: now },
      now,
    );
    const [event] = await scheduledEvents(reminder.id);
    if (!event) throw new Error("no event");
    const failed = await sendReminderOccurrence(
      { db: db(), senderFor: reminderSenderFor(await whatsAppAt(graph.url)), now: () => now },
      event,
    );
    expect(failed.kind).toBe("failed");
    expect((await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("FAILED");

    const unconfigured = reminderSenderFor(channelsFromEnv(parseEnv({ ...process.env })));
    expect(unconfigured("WHATSAPP").via).toBe("development");
  });
});

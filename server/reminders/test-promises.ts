import { expect } from "vitest";
import { db } from "../db";
import { whatsAppReplyPayload } from "../messaging/test-whatsapp-payloads";
import { createReminder } from "./create-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { ist, recordingSender, reminderShop, scheduledEvents } from "./test-reminders";
import { parseWhatsAppWebhook, receiveWhatsAppWebhook } from "./whatsapp-webhook";

// Wednesday 2 December 2026, 10:00 IST: the reminder goes out.
export const SENT_AT = ist("2026-12-02T10:00:00");

// Replies are matched to the shop by the customer's number, so each test's Rahul gets his own.
let nextNumber = 9_600_000_000 + Math.floor(Math.random() * 1_000_000) * 100;

/** A shop whose Rahul got a WhatsApp reminder on SENT_AT; `everyDays` keeps it active afterwards. */
export async function remindedShop(everyDays: number | null = 7) {
  const shop = await reminderShop();
  nextNumber += 1;
  const phone = `+91${nextNumber}`;
  await db().customer.update({ where: { id: shop.rahul.id }, data: { phone } });
  const reminder = await createReminder(
    shop.ownerCtx,
    { customerId: shop.rahul.id, channel: "WHATSAPP", everyDays, maxOccurrences: 3, sendAt: SENT_AT },
    SENT_AT,
  );
  const [event] = await scheduledEvents(reminder.id);
  if (!event) throw new Error("no event");
  const { sender } = recordingSender();
  await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: () => SENT_AT }, event);
  return { ...shop, reminder, phone };
}

let replyCount = 0;
/** The customer's text reply, through the webhook's own code (signature checking aside). */
export async function reply(phone: string, text: string, at: Date) {
  replyCount += 1;
  const webhook = parseWhatsAppWebhook(
    whatsAppReplyPayload({ id: `wamid.promise.${phone}.${replyCount}`, from: phone.slice(1), text, at }),
  );
  if (!webhook) throw new Error("webhook did not parse");
  expect(await receiveWhatsAppWebhook(db(), webhook)).toEqual({ statuses: 0, replies: 1 });
  const stored = await db().inboundMessage.findUniqueOrThrow({
    where: { providerMessageId: `wamid.promise.${phone}.${replyCount}` },
  });
  return stored.id;
}

import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { resetEnvForTests } from "../../env";
import { whatsAppReplyPayload, whatsAppStatusPayload } from "../../messaging/test-whatsapp-payloads";
import { createReminder } from "../../reminders/create-reminder";
import { sendReminderOccurrence } from "../../reminders/send-occurrence";
import { ist, recordingSender, reminderShop, scheduledEvents } from "../../reminders/test-reminders";
import { GET, POST } from "./whatsapp-webhook";

const SECRET = "whatsapp-app-secret-for-tests";
const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
const post = (body: string, signature: string | null) =>
  POST(
    new Request("http://localhost:3000/api/webhooks/whatsapp", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(signature ? { "x-hub-signature-256": signature } : {}),
      },
      body,
    }),
  );
const statusBody = (id: string, status: string) => whatsAppStatusPayload(id, status);
const replyBody = (id: string, text: string, at: Date, from: string) =>
  whatsAppReplyPayload({ id, text, at, from });

beforeAll(() => {
  process.env.WHATSAPP_APP_SECRET = SECRET;
  process.env.WHATSAPP_VERIFY_TOKEN = "verify-token-123";
  resetEnvForTests();
});
afterAll(() => {
  delete process.env.WHATSAPP_APP_SECRET;
  delete process.env.WHATSAPP_VERIFY_TOKEN;
  resetEnvForTests();
});

// Every test shop's Rahul has the same number; replies are matched by number, so this one gets its own.
let nextNumber = 9_700_000_000 + Math.floor(Math.random() * 1_000_000) * 100;
async function sentReminder() {
  const shop = await reminderShop();
  nextNumber += 1;
  const phone = `+91${nextNumber}`;
  await db().customer.update({ where: { id: shop.rahul.id }, data: { phone } });
  const now = ist("2026-12-02T10:00:00");
  const reminder = await createReminder(
    shop.ownerCtx,
    { customerId: shop.rahul.id, channel: "WHATSAPP", maxOccurrences: 1, sendAt: now },
    now,
  );
  const [event] = await scheduledEvents(reminder.id);
  if (!event) throw new Error("no event");
  const { sender } = recordingSender();
  await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: () => now }, event);
  const delivery = await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } });
  return { shop, reminder, phone, wamid: delivery.providerMessageId as string };
}

describe("/api/webhooks/whatsapp", () => {
  it("answers Meta's verification challenge only with the right token", async () => {
    const url = (token: string) =>
      `http://localhost:3000/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    const ok = await GET(new Request(url("verify-token-123")));
    expect([ok.status, await ok.text()]).toEqual([200, "1158201444"]);
    expect((await GET(new Request(url("guess")))).status).toBe(403);
  });

  it("refuses a missing, forged, wrong-key or tampered signature, and changes nothing", async () => {
    const { wamid } = await sentReminder();
    const body = statusBody(wamid, "read");
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, `sha256=${"0".repeat(64)}`)).status).toBe(401);
    expect((await post(body, sign(body, "another-app-secret-value"))).status).toBe(401);
    expect((await post(body.replace("read", "sent"), sign(body))).status).toBe(401);
    expect(
      (await db().reminderDelivery.findFirstOrThrow({ where: { providerMessageId: wamid } })).status,
    ).toBe("SENT");
  });

  it("refuses oversized and malformed bodies without processing them", async () => {
    const huge = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [],
      pad: "x".repeat(300 * 1024),
    });
    expect((await post(huge, sign(huge))).status).toBe(413);
    const junk = '{"object":"page","entry":[]}';
    expect((await post(junk, sign(junk))).status).toBe(400);
  });

  it("moves a delivery forward only, whatever order and however often statuses arrive", async () => {
    const { wamid } = await sentReminder();
    for (const status of ["read", "delivered", "sent", "read"]) {
      const body = statusBody(wamid, status);
      expect((await post(body, sign(body))).status).toBe(200);
    }
    expect(
      (await db().reminderDelivery.findFirstOrThrow({ where: { providerMessageId: wamid } })).status,
    ).toBe("READ");
  });

  it("keeps a reply for the shop that sent the reminder, once, with the day it promises", async () => {
    const { shop, reminder, phone } = await sentReminder();
    const other = await reminderShop();
    const wednesday = ist("2026-12-02T12:00:00");
    const body = replyBody(`wamid.reply.${reminder.id}`, "Friday ko dunga", wednesday, phone.slice(1));
    const first = await post(body, sign(body));
    expect([first.status, await first.json()]).toEqual([200, { statuses: 0, replies: 1 }]);
    const replayed = await post(body, sign(body));
    expect(await replayed.json()).toEqual({ statuses: 0, replies: 0 });
    const replies = await db().inboundMessage.findMany({ where: { reminderId: reminder.id } });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      businessId: shop.businessId,
      customerId: shop.rahul.id,
      body: "Friday ko dunga",
      promiseStatus: "OFFERED",
      promisedFor: ist("2026-12-04T00:00:00"),
    });
    expect(await db().inboundMessage.count({ where: { businessId: other.businessId } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { cancelReminder } from "./cancel-reminder";
import { createReminder } from "./create-reminder";
import { rescheduleReminder } from "./reschedule-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { statementLinkForReminder } from "./senders";
import { ist, recordingSender, reminderShop, scheduledEvents } from "./test-reminders";

const at = (now: Date) => () => now;
const base = { channel: "WHATSAPP" as const, maxOccurrences: 1 };

async function firstEvent(reminderId: string) {
  const [event] = await scheduledEvents(reminderId);
  if (!event) throw new Error("no scheduled event in the outbox");
  return event;
}

describe("sending one occurrence of a reminder", () => {
  it("sends the balance due with the UPI link once, however often the step runs", async () => {
    const shop = await reminderShop(120_000);
    const now = ist("2026-12-02T10:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: now },
      now,
    );
    const { sender, sent } = recordingSender();
    const deps = { db: db(), senderFor: () => sender, now: at(now), statementLink: statementLinkForReminder };
    const event = await firstEvent(reminder.id);
    const outcome = await sendReminderOccurrence(deps, event);
    expect(outcome).toMatchObject({ kind: "sent", nextSendAt: null });
    expect(await sendReminderOccurrence(deps, event)).toEqual(outcome);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.idempotencyKey).toBe(`${reminder.id}:1`);
    expect(sent[0]?.message.to).toBe("+919876543210");
    expect(sent[0]?.message.text).toContain("Namaste Rahul Sharma, ₹1,200.00 is due at Test Kirana");
    expect(sent[0]?.message.text).toContain("upi://pay?pa=shop@upi");
    // The customer's statement page, the same link on a replay (reused, not minted again).
    expect(sent[0]?.message.text).toMatch(/Your statement: http:\/\/\S+\/s\/[\w-]{20,}/);
    expect(await db().publicLink.count({ where: { customerId: shop.rahul.id } })).toBe(1);
    const delivery = await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } });
    expect(delivery).toMatchObject({ status: "SENT", sentVia: "recording", amountPaise: 120_000 });
    expect((await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("DONE");
  });

  it("skips, and records why, when the customer paid before the send time", async () => {
    const shop = await reminderShop(50_000);
    const now = ist("2026-12-02T10:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: now },
      now,
    );
    await recordPayment(shop.ownerCtx, {
      customerId: shop.rahul.id,
      amountPaise: 50_000,
      mode: "UPI",
      idempotencyKey: "paid-in-full-1",
    });
    const { sender, calls } = recordingSender();
    const outcome = await sendReminderOccurrence(
      { db: db(), senderFor: () => sender, now: at(now) },
      await firstEvent(reminder.id),
    );
    expect(calls()).toBe(0);
    expect(outcome.kind === "skipped" || outcome.kind === "stale").toBe(true);
    const row = await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(row).toMatchObject({ status: "DONE", statusReason: "PAID" });
  });

  it("sends nothing for a cancelled reminder", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: now },
      now,
    );
    await cancelReminder(shop.ownerCtx, reminder.id);
    const { sender, calls } = recordingSender();
    const outcome = await sendReminderOccurrence(
      { db: db(), senderFor: () => sender, now: at(now) },
      await firstEvent(reminder.id),
    );
    expect(outcome).toEqual({ kind: "stale", reason: "NOT_ACTIVE" });
    expect(calls()).toBe(0);
    const cancelEvents = await db().outboxEvent.count({
      where: { name: "reminder/cancelled", data: { path: ["reminderId"], equals: reminder.id } },
    });
    expect(cancelEvents).toBe(1);
  });

  it("a permanent provider refusal fails the reminder without retrying; a transient one is retried and sent once", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    const refused = Object.assign(new Error("recipient not on WhatsApp"), {
      retryable: false,
      reason: "HTTP 400: invalid recipient",
    });
    const first = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: now },
      now,
    );
    const permanent = recordingSender([refused]);
    const failed = await sendReminderOccurrence(
      { db: db(), senderFor: () => permanent.sender, now: at(now) },
      await firstEvent(first.id),
    );
    expect(failed).toEqual({ kind: "failed", reason: "HTTP 400: invalid recipient" });
    expect(await db().reminder.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "FAILED",
    });

    const other = await reminderShop();
    const second = await createReminder(
      other.ownerCtx,
      { ...base, customerId: other.rahul.id, sendAt: now },
      now,
    );
    const busy = Object.assign(new Error("503"), { retryable: true, reason: "HTTP 503" });
    const transient = recordingSender([busy]);
    const deps = { db: db(), senderFor: () => transient.sender, now: at(now) };
    const event = await firstEvent(second.id);
    await expect(sendReminderOccurrence(deps, event)).rejects.toBe(busy);
    expect(await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: second.id } })).toMatchObject({
      status: "SENDING",
      reason: "HTTP 503",
    });
    expect(await sendReminderOccurrence(deps, event)).toMatchObject({ kind: "sent" });
    expect(transient.calls()).toBe(2);
    expect(transient.sent).toHaveLength(1);
    expect(await db().reminderDelivery.count({ where: { reminderId: second.id } })).toBe(1);
  });

  it("a recurring reminder schedules its next occurrence until the cap", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: now, everyDays: 3, maxOccurrences: 2 },
      now,
    );
    const { sender, sent } = recordingSender();
    const first = await sendReminderOccurrence(
      { db: db(), senderFor: () => sender, now: at(now) },
      await firstEvent(reminder.id),
    );
    expect(first).toMatchObject({ kind: "sent", nextSendAt: ist("2026-12-05T10:00:00").toISOString() });
    const [, second] = await scheduledEvents(reminder.id);
    expect(second).toMatchObject({ occurrence: 2, sendAt: ist("2026-12-05T10:00:00").toISOString() });
    const later = ist("2026-12-05T10:00:05");
    if (!second) throw new Error("no second event");
    expect(
      await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: at(later) }, second),
    ).toMatchObject({ kind: "sent", nextSendAt: null });
    expect(sent).toHaveLength(2);
    expect((await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("DONE");
  });

  it("waits for 09:00 when the run wakes in the quiet hours, and reminds a customer at most once a day", async () => {
    const shop = await reminderShop();
    const evening = ist("2026-12-02T20:30:00");
    const quiet = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: evening },
      evening,
    );
    const { sender, sent } = recordingSender();
    const late = ist("2026-12-02T21:10:00");
    const event = await firstEvent(quiet.id);
    expect(await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: at(late) }, event)).toEqual(
      {
        kind: "postponed",
        reason: "QUIET_HOURS",
        sendAt: ist("2026-12-03T09:00:00").toISOString(),
      },
    );
    // The old event is stale now; the new one sends in the morning.
    expect(
      (await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: at(late) }, event)).kind,
    ).toBe("stale");
    const morning = ist("2026-12-03T09:00:00");
    const [, moved] = await scheduledEvents(quiet.id);
    if (!moved) throw new Error("no moved event");
    expect(
      (await sendReminderOccurrence({ db: db(), senderFor: () => sender, now: at(morning) }, moved)).kind,
    ).toBe("sent");

    const second = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: morning },
      morning,
    );
    expect(
      await sendReminderOccurrence(
        { db: db(), senderFor: () => sender, now: at(morning) },
        await firstEvent(second.id),
      ),
    ).toEqual({
      kind: "postponed",
      reason: "ALREADY_REMINDED_TODAY",
      sendAt: ist("2026-12-04T09:00:00").toISOString(),
    });
    expect(sent).toHaveLength(1);
  });

  it("after a reschedule the old run sends nothing and the new one sends", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    const reminder = await createReminder(
      shop.ownerCtx,
      { ...base, customerId: shop.rahul.id, sendAt: ist("2026-12-02T12:00:00") },
      now,
    );
    await rescheduleReminder(shop.ownerCtx, reminder.id, ist("2026-12-02T15:00:00"), now);
    const [old, moved] = await scheduledEvents(reminder.id);
    if (!old || !moved) throw new Error("events missing");
    const { sender, sent } = recordingSender();
    expect(
      await sendReminderOccurrence(
        { db: db(), senderFor: () => sender, now: at(ist("2026-12-02T12:00:00")) },
        old,
      ),
    ).toEqual({
      kind: "stale",
      reason: "RESCHEDULED",
    });
    expect(
      (
        await sendReminderOccurrence(
          { db: db(), senderFor: () => sender, now: at(ist("2026-12-02T15:00:00")) },
          moved,
        )
      ).kind,
    ).toBe("sent");
    expect(sent).toHaveLength(1);
  });
});

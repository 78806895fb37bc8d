import { describe, expect, it } from "vitest";
import { outOfQuietHours } from "@/lib/reminders/send-time";
import { db } from "../../db";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

async function shopWithRahul(owesPaise = 150_000) {
  const shop = await createTestBusiness();
  const rahul = await shop.ownerCaller.customers.create({ name: "Rahul Sharma", phone: "98765 43210" });
  await shop.ownerCaller.ledger.recordCredit({
    customerId: rahul.id,
    amountPaise: owesPaise,
    idempotencyKey: `owes-${rahul.id}`,
  });
  return { ...shop, rahul };
}

describe("reminders router", () => {
  it("needs a session for every procedure", async () => {
    const caller = anonymousCaller();
    await expect(caller.reminders.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller.reminders.sendNow({ id: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never reaches another shop's customers or reminders", async () => {
    const mine = await createTestBusiness();
    const theirs = await shopWithRahul();
    await expect(
      mine.ownerCaller.reminders.create({ customerId: theirs.rahul.id, sendAt: inAnHour() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const reminder = await theirs.staffCaller.reminders.create({
      customerId: theirs.rahul.id,
      sendAt: inAnHour(),
    });
    for (const attempt of [
      () => mine.ownerCaller.reminders.cancel({ id: reminder.id }),
      () => mine.staffCaller.reminders.sendNow({ id: reminder.id }),
      () => mine.ownerCaller.reminders.reschedule({ id: reminder.id, sendAt: inAnHour() }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await mine.ownerCaller.reminders.list({})).items).toEqual([]);
    expect((await theirs.ownerCaller.reminders.list({})).items.map((item) => item.id)).toEqual([reminder.id]);
  });

  it("refuses what it cannot send, with a reason the merchant can act on", async () => {
    const shop = await shopWithRahul(50_000);
    const noPhone = await shop.ownerCaller.customers.create({ name: "Sunita Devi" });
    await shop.ownerCaller.ledger.recordCredit({
      customerId: noPhone.id,
      amountPaise: 100,
      idempotencyKey: `o-${noPhone.id}`,
    });
    await expect(
      shop.ownerCaller.reminders.create({ customerId: noPhone.id, sendAt: inAnHour() }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This customer has no mobile number. Add one to send WhatsApp or SMS reminders.",
    });
    await expect(
      shop.ownerCaller.reminders.create({
        customerId: shop.rahul.id,
        sendAt: new Date(Date.now() - 10 * 60_000),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The send time is in the past" });
    await expect(
      shop.ownerCaller.reminders.create({
        customerId: shop.rahul.id,
        sendAt: inAnHour(),
        template: "Pay {amount} by {due}",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      shop.ownerCaller.reminders.create({
        customerId: shop.rahul.id,
        sendAt: inAnHour(),
        amountPaise: 90_000,
      }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "The amount is more than the balance due",
    });
    const confirmed = await shop.ownerCaller.reminders.create({
      customerId: shop.rahul.id,
      sendAt: inAnHour(),
      amountPaise: 90_000,
      confirmAboveBalance: true,
    });
    expect(confirmed.amountPaise).toBe(90_000);
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(1);
  });

  it("without a scheduler: waiting to dispatch, and send now delivers through the development channel", async () => {
    const shop = await shopWithRahul();
    const reminder = await shop.staffCaller.reminders.create({
      customerId: shop.rahul.id,
      sendAt: inAnHour(),
    });
    const before = await shop.ownerCaller.reminders.list({ customerId: shop.rahul.id });
    expect(before).toMatchObject({
      scheduler: false,
      items: [{ id: reminder.id, state: "WAITING_TO_DISPATCH" }],
    });
    const now = new Date();
    const outcome = await shop.staffCaller.reminders.sendNow({ id: reminder.id });
    const after = await shop.ownerCaller.reminders.list({ customerId: shop.rahul.id });
    if (outOfQuietHours(now).getTime() === now.getTime()) {
      expect(outcome).toMatchObject({ kind: "sent" });
      expect(after.items[0]).toMatchObject({
        state: "SENT",
        deliveries: [
          { status: "SENT", sentVia: "development", recipient: "+919876543210", amountPaise: 150_000 },
        ],
      });
      expect(after.items[0]?.deliveries[0]?.body).toContain("₹1,500.00");
      // The customer's own statement page, opened without signing in.
      expect(after.items[0]?.deliveries[0]?.body).toMatch(/Your statement: \S+\/s\/[\w-]{20,}/);
    } else {
      // Pressed in the quiet hours: it goes at 09:00 instead, and says so.
      expect(outcome).toMatchObject({ kind: "postponed", reason: "QUIET_HOURS" });
      expect(after.items[0]).toMatchObject({ state: "WAITING_TO_DISPATCH", deliveries: [] });
    }
    await shop.ownerCaller.reminders.cancel({ id: reminder.id }).catch(() => undefined);
  });
});

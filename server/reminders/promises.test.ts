import { describe, expect, it } from "vitest";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordCredit } from "../ledger/mutations";
import { createTestBusiness } from "../test/factories";
import { acceptPromise, dismissPromise } from "./accept-promise";
import { createReminder } from "./create-reminder";
import { customerReplies, promisedToday } from "./promises";
import { remindedShop, reply, SENT_AT } from "./test-promises";
import { ist, scheduledEvents } from "./test-reminders";

const NOON = ist("2026-12-02T12:00:00");

const sendAtOf = async (id: string) => (await db().reminder.findUniqueOrThrow({ where: { id } })).sendAt;

describe("promises to pay from WhatsApp replies", () => {
  it("accepting Friday moves each active reminder to Saturday at its own time, via the outbox", async () => {
    const shop = await remindedShop();
    const evening = await createReminder(
      shop.ownerCtx,
      { customerId: shop.rahul.id, channel: "SMS", maxOccurrences: 1, sendAt: ist("2026-12-03T18:30:00") },
      SENT_AT,
    );
    expect(await sendAtOf(shop.reminder.id)).toEqual(ist("2026-12-09T10:00:00"));
    const id = await reply(shop.phone, "Friday ko dunga", NOON);

    const [offered] = await customerReplies(shop.ownerCtx, shop.rahul.id, NOON);
    expect(offered).toMatchObject({
      id,
      body: "Friday ko dunga",
      receivedAt: NOON,
      promisedFor: "2026-12-04",
      remindOn: "2026-12-05",
      promiseStatus: "OFFERED",
      promiseDayPassed: false,
    });

    const eventsBefore = (await scheduledEvents(shop.reminder.id)).length;
    expect(await acceptPromise(shop.ownerCtx, id, ist("2026-12-02T13:00:00"))).toEqual({
      moved: 2,
      remindOn: "2026-12-05",
    });
    expect(await sendAtOf(shop.reminder.id)).toEqual(ist("2026-12-05T10:00:00"));
    expect(await sendAtOf(evening.id)).toEqual(ist("2026-12-05T18:30:00"));
    const events = await scheduledEvents(shop.reminder.id);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ sendAt: ist("2026-12-05T10:00:00").toISOString() });
    expect((await customerReplies(shop.ownerCtx, shop.rahul.id, NOON))[0]?.promiseStatus).toBe("ACCEPTED");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: shop.businessId, action: "promise.accept", entityId: id },
    });
    expect(audit.after).toMatchObject({ promisedFor: "2026-12-04", remindersMoved: 2 });
  });

  it("refuses a promised day that has passed and leaves the reminder where it was", async () => {
    const shop = await remindedShop();
    const id = await reply(shop.phone, "kal de dunga", NOON);
    const friday = ist("2026-12-04T09:00:00");
    expect((await customerReplies(shop.ownerCtx, shop.rahul.id, friday))[0]).toMatchObject({
      promisedFor: "2026-12-03",
      promiseDayPassed: true,
    });
    await expect(acceptPromise(shop.ownerCtx, id, friday)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The promised day has passed. Dismiss it or reschedule the reminder.",
    });
    expect(await sendAtOf(shop.reminder.id)).toEqual(ist("2026-12-09T10:00:00"));
    expect((await db().inboundMessage.findUniqueOrThrow({ where: { id } })).promiseStatus).toBe("OFFERED");
  });

  it("records an accepted promise when no reminder is active, and says none moved", async () => {
    const shop = await remindedShop(null);
    const id = await reply(shop.phone, "10 tarikh tak de dunga", NOON);
    expect(await acceptPromise(shop.ownerCtx, id, NOON)).toEqual({ moved: 0, remindOn: "2026-12-11" });
    expect((await db().inboundMessage.findUniqueOrThrow({ where: { id } })).promiseStatus).toBe("ACCEPTED");
  });

  it("dismissing keeps the reminder; a dismissed promise cannot be accepted afterwards", async () => {
    const shop = await remindedShop();
    const id = await reply(shop.phone, "Friday ko dunga", NOON);
    expect(await dismissPromise(shop.ownerCtx, id)).toEqual({ dismissed: true });
    expect(await dismissPromise(shop.ownerCtx, id)).toEqual({ dismissed: true });
    await expect(acceptPromise(shop.ownerCtx, id, NOON)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This promise was dismissed already",
    });
    expect((await customerReplies(shop.ownerCtx, shop.rahul.id, NOON))[0]?.promiseStatus).toBe("DISMISSED");
    expect(await sendAtOf(shop.reminder.id)).toEqual(ist("2026-12-09T10:00:00"));
    expect(
      await db().auditLog.count({ where: { businessId: shop.businessId, action: "promise.dismiss" } }),
    ).toBe(1);
  });

  it("two accepts of one promise at once: one moves the reminder, the other is told it was accepted", async () => {
    const shop = await remindedShop();
    const id = await reply(shop.phone, "Friday ko dunga", NOON);
    const eventsBefore = (await scheduledEvents(shop.reminder.id)).length;
    const results = await Promise.allSettled([
      acceptPromise(shop.ownerCtx, id, NOON),
      acceptPromise(shop.ownerCtx, id, NOON),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT", message: "This promise was accepted already" });
    expect(await scheduledEvents(shop.reminder.id)).toHaveLength(eventsBefore + 1);
    expect(
      await db().auditLog.count({ where: { businessId: shop.businessId, action: "promise.accept" } }),
    ).toBe(1);
  });

  it("shows no replies for an erased customer and will not accept their promise", async () => {
    const shop = await remindedShop();
    const id = await reply(shop.phone, "Friday ko dunga", NOON);
    await db().customer.update({ where: { id: shop.rahul.id }, data: { erasedAt: NOON } });
    expect(await customerReplies(shop.ownerCtx, shop.rahul.id, NOON)).toEqual([]);
    await expect(acceptPromise(shop.ownerCtx, id, NOON)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("promised to pay today", () => {
  /** A customer with a stored reply whose promise is already decided (rows as the webhook writes them). */
  async function promise(
    shop: Awaited<ReturnType<typeof createTestBusiness>>,
    customerId: string,
    input: { day: string; status: "OFFERED" | "ACCEPTED" | "DISMISSED"; receivedAt: Date; body: string },
  ) {
    await db().inboundMessage.create({
      data: {
        businessId: shop.businessId,
        customerId,
        providerMessageId: `wamid.today.${customerId}.${input.receivedAt.getTime()}`,
        body: input.body,
        receivedAt: input.receivedAt,
        promisedFor: new Date(`${input.day}T00:00:00+05:30`),
        promiseStatus: input.status,
      },
    });
  }
  async function customer(shop: Awaited<ReturnType<typeof createTestBusiness>>, name: string, owes: number) {
    const created = await createCustomer(shop.ownerCtx, { name });
    if (owes > 0) {
      await recordCredit(shop.ownerCtx, {
        customerId: created.id,
        amountPaise: owes,
        idempotencyKey: `owes-${created.id}`,
      });
    }
    return created.id;
  }

  it("counts customers who still owe and whose latest accepted promise is for today", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const tuesday = ist("2026-12-01T19:00:00");
    const today = "2026-12-02";
    const rahul = await customer(shop, "Rahul Sharma", 120_000);
    await promise(shop, rahul, { day: today, status: "ACCEPTED", receivedAt: tuesday, body: "kal dunga" });
    const sunita = await customer(shop, "Sunita Devi", 45_000);
    await promise(shop, sunita, { day: today, status: "ACCEPTED", receivedAt: tuesday, body: "kal pakka" });
    await promise(shop, sunita, {
      day: today,
      status: "ACCEPTED",
      receivedAt: ist("2026-12-02T08:00:00"),
      body: "aaj shaam tak",
    });
    // Paid up already, only offered, moved to another day, or promised for tomorrow: not today's.
    const paid = await customer(shop, "Paid Up", 0);
    await promise(shop, paid, { day: today, status: "ACCEPTED", receivedAt: tuesday, body: "kal" });
    const offered = await customer(shop, "Only Offered", 10_000);
    await promise(shop, offered, { day: today, status: "OFFERED", receivedAt: tuesday, body: "kal" });
    const moved = await customer(shop, "Moved Day", 10_000);
    await promise(shop, moved, { day: today, status: "ACCEPTED", receivedAt: tuesday, body: "kal" });
    await promise(shop, moved, {
      day: "2026-12-07",
      status: "ACCEPTED",
      receivedAt: ist("2026-12-02T09:30:00"),
      body: "somvar ko",
    });
    const tomorrow = await customer(shop, "Tomorrow", 10_000);
    await promise(shop, tomorrow, {
      day: "2026-12-03",
      status: "ACCEPTED",
      receivedAt: tuesday,
      body: "parso",
    });
    const theirs = await customer(other, "Their Customer", 99_000);
    await promise(other, theirs, { day: today, status: "ACCEPTED", receivedAt: tuesday, body: "kal" });

    // Late evening IST is still Wednesday there, though the test machine's clock says otherwise.
    const now = ist("2026-12-02T23:30:00");
    expect(await promisedToday(shop.ownerCtx, now)).toEqual({
      count: 2,
      customers: [
        { customerId: rahul, name: "Rahul Sharma", balancePaise: 120_000, replyText: "kal dunga" },
        { customerId: sunita, name: "Sunita Devi", balancePaise: 45_000, replyText: "aaj shaam tak" },
      ],
    });
    expect((await promisedToday(shop.ownerCtx, ist("2026-12-03T00:30:00"))).customers).toEqual([
      expect.objectContaining({ customerId: tomorrow }),
    ]);
    expect(await promisedToday(other.ownerCtx, now)).toMatchObject({
      count: 1,
      customers: [{ customerId: theirs }],
    });
  });
});

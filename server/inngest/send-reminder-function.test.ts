import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { parseEnv } from "../env";
import { recordPayment } from "../ledger/mutations";
import { createReminder } from "../reminders/create-reminder";
import { ist, recordingSender, reminderShop, scheduledEvents } from "../reminders/test-reminders";
import { createInngestClient } from "./client";
import { sendReminderFunction } from "./send-reminder-function";

const client = createInngestClient(parseEnv({ ...process.env, INNGEST_DEV: "1" }));

async function run(
  reminderId: string,
  options: { sender: ReturnType<typeof recordingSender>; now: Date; event?: number },
) {
  const events = await scheduledEvents(reminderId);
  const data = events[options.event ?? 0];
  if (!data) throw new Error("no reminder/scheduled event in the outbox");
  const fn = sendReminderFunction(client, {
    senderFor: () => () => options.sender.sender,
    now: () => options.now,
  });
  const engine = new InngestTestEngine({
    function: fn,
    events: [{ name: "reminder/scheduled", data }],
    // Nothing executes sleeps here: the send time is treated as reached.
    steps: [{ id: "wait-for-send-time", handler: () => undefined }],
  });
  return engine.execute();
}

async function reminderAt(shop: Awaited<ReturnType<typeof reminderShop>>, sendAt: Date, extra = {}) {
  return createReminder(
    shop.ownerCtx,
    { customerId: shop.rahul.id, channel: "WHATSAPP", maxOccurrences: 1, sendAt, ...extra },
    sendAt,
  );
}

describe("the send-reminder Inngest function", () => {
  it("sleeps until the send time, then sends once through the channel", async () => {
    const shop = await reminderShop(90_000);
    const now = ist("2026-12-02T11:00:00");
    const reminder = await reminderAt(shop, now);
    const sender = recordingSender();
    const { result, ctx } = await run(reminder.id, { sender, now });
    expect(ctx.step.sleepUntil).toHaveBeenCalledWith("wait-for-send-time", now);
    expect(result).toMatchObject({ kind: "sent", nextSendAt: null });
    expect(sender.sent.map((item) => item.message.text)).toEqual([expect.stringContaining("₹900.00")]);
  });

  it("skips a reminder whose customer has paid, and one that was cancelled (it also cancels on reminder/cancelled)", async () => {
    const shop = await reminderShop(40_000);
    const now = ist("2026-12-02T11:00:00");
    const paid = await reminderAt(shop, now);
    await recordPayment(shop.ownerCtx, {
      customerId: shop.rahul.id,
      amountPaise: 40_000,
      mode: "CASH",
      idempotencyKey: "all-paid-fn",
    });
    const sender = recordingSender();
    const skipped = await run(paid.id, { sender, now });
    expect(["skipped", "stale"]).toContain((skipped.result as { kind: string }).kind);
    expect(sender.calls()).toBe(0);
    const fn = sendReminderFunction(client);
    expect(fn.opts.cancelOn).toEqual([
      { event: "reminder/cancelled", if: "async.data.reminderId == event.data.reminderId" },
    ]);
  });

  it("fails without retrying on a permanent provider error, and retries a transient one", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T11:00:00");
    const refused = Object.assign(new Error("bad number"), {
      retryable: false,
      reason: "HTTP 400: not a WhatsApp user",
    });
    const permanent = await run((await reminderAt(shop, now)).id, {
      sender: recordingSender([refused]),
      now,
    });
    expect(permanent.error).toMatchObject({ name: "NonRetriableError" });

    const other = await reminderShop();
    const reminder = await reminderAt(other, now);
    const busy = Object.assign(new Error("503"), { retryable: true, reason: "HTTP 503" });
    const flaky = recordingSender([busy]);
    const first = await run(reminder.id, { sender: flaky, now });
    expect(first.error).toBeTruthy();
    expect((first.error as { name?: string }).name).not.toBe("NonRetriableError");
    // Inngest runs the step again (its retry); the occurrence goes out once.
    const second = await run(reminder.id, { sender: flaky, now });
    expect(second.result).toMatchObject({ kind: "sent" });
    expect(flaky.sent).toHaveLength(1);
  });

  it("a recurring reminder's next occurrence is scheduled, and a quiet-hours wake-up moves to 09:00", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T11:00:00");
    const recurring = await reminderAt(shop, now, { everyDays: 2, maxOccurrences: 3 });
    const first = await run(recurring.id, { sender: recordingSender(), now });
    expect(first.result).toMatchObject({
      kind: "sent",
      nextSendAt: ist("2026-12-04T11:00:00").toISOString(),
    });
    expect((await scheduledEvents(recurring.id))[1]).toMatchObject({ occurrence: 2 });

    const other = await reminderShop();
    const evening = ist("2026-12-02T20:45:00");
    const late = await reminderAt(other, evening);
    const postponed = await run(late.id, { sender: recordingSender(), now: ist("2026-12-02T21:05:00") });
    expect(postponed.result).toEqual({
      kind: "postponed",
      reason: "QUIET_HOURS",
      sendAt: ist("2026-12-03T09:00:00").toISOString(),
    });
    expect((await db().reminder.findUniqueOrThrow({ where: { id: late.id } })).sendAt).toEqual(
      ist("2026-12-03T09:00:00"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { istDate, reminderTimeOnDay } from "@/lib/reminders/send-time";
import { db } from "../../db";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";
import { runToolCommand } from "./tool-command";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

async function shopWithPhones(customers: Record<string, number>) {
  const shop = await voiceShop(customers);
  await db().customer.updateMany({
    where: { businessId: shop.businessId },
    data: { phone: "+919876543210" },
  });
  return shop;
}

describe("reminders by voice", () => {
  it("reads back who, when, how much and on which channel, and schedules only after haan", async () => {
    const shop = await shopWithPhones({ "Rahul Sharma": 120_000 });
    const question = await say(shop.ownerCtx, "Rahul Sharma ko kal reminder bhejo");
    expect(question.status).toBe("NEEDS_CONFIRMATION");
    const tomorrow = istDate(new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect(question.reply).toMatch(
      /^Rahul Sharma ko \d{1,2} \w{3} subah 10 baje ₹1,200 ka reminder WhatsApp par bhejun\? Haan ya nahi\?$/,
    );
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(0);
    const yes = await say(shop.ownerCtx, "haan");
    expect(yes).toMatchObject({ status: "EXECUTED", resultEntityType: "Reminder" });
    // No scheduler on this machine: the merchant is told where to send it from.
    expect(yes.reply).toContain("Send now");
    const reminder = await db().reminder.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(reminder).toMatchObject({
      customerId: shop.ids["Rahul Sharma"],
      channel: "WHATSAPP",
      amountPaise: null,
      sendAt: reminderTimeOnDay(tomorrow, new Date()),
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: shop.businessId, action: "reminder.create" },
    });
    expect(audit.source).toBe("VOICE");
  });

  it("schedules nothing on nahi, and in English asks in English", async () => {
    const shop = await shopWithPhones({ "Priya Verma": 50_000 });
    const question = await say(shop.ownerCtx, "remind Priya Verma tomorrow");
    expect(question.reply).toMatch(
      /^Send Priya Verma a WhatsApp reminder for ₹500 on \d{1,2} \w{3} at 10 am\? Yes or no\?$/,
    );
    expect((await say(shop.ownerCtx, "no")).status).toBe("CANCELLED");
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("the LLM's schedule_reminder takes the day from the words said, never from the model", async () => {
    const shop = await shopWithPhones({ "Rahul Sharma": 120_000 });
    const question = await runToolCommand(shop.ownerCtx, {
      transcript: "Rahul Sharma ko parso yaad dila dena paison ke baare mein",
      tool: "schedule_reminder",
      args: { customer: "Rahul Sharma", day: "2031-01-01" },
      channel: "LIVEKIT",
    });
    expect(question.status).toBe("NEEDS_CONFIRMATION");
    const dayAfterTomorrow = istDate(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
    expect((await say(shop.ownerCtx, "haan")).status).toBe("EXECUTED");
    const reminder = await db().reminder.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(reminder.sendAt).toEqual(reminderTimeOnDay(dayAfterTomorrow, new Date()));

    const stranger = await runToolCommand(shop.ownerCtx, {
      transcript: "Sanjay ko yaad dila dena",
      tool: "schedule_reminder",
      args: { customer: "Rahul Sharma" },
      channel: "LIVEKIT",
    });
    expect(stranger.status).toBe("REJECTED");
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(1);
  });

  it("says so at once when the customer owes nothing", async () => {
    const shop = await shopWithPhones({ "Amit Kumar": 0 });
    const result = await say(shop.ownerCtx, "Amit Kumar ko parso reminder bhejna");
    expect(result).toMatchObject({ status: "REJECTED", reply: "Amit Kumar par abhi kuch baaki nahi hai." });
  });
});

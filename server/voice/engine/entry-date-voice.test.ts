import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { db } from "../../db";
import { dayLabel } from "./replies";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

const entryOf = (id: string | null) => db().ledgerEntry.findUniqueOrThrow({ where: { id: id ?? "" } });

describe("voice entries carry when and why", () => {
  it("dates 'kal … diye the' yesterday, keeps the note, and says the date", async () => {
    const shop = await voiceShop({ "Priya Verma": 50_000 });
    const yesterday = istDateString(addIstDays(new Date(), -1));
    const result = await say(shop.ownerCtx, "kal Priya Verma ne 100 diye the doodh ke liye");
    expect(result.status).toBe("EXECUTED");
    expect(result.reply).toBe(`Priya Verma se ₹100 mile. Baaki ₹400. Tareekh ${dayLabel(yesterday)}.`);
    const entry = await entryOf(result.resultEntityId);
    expect(istDateString(entry.occurredAt)).toBe(yesterday);
    expect(entry.note).toBe("doodh ke liye");
  });

  it("keeps today's entry at now and says no date; an English note is kept as said", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    const result = await say(shop.ownerCtx, "Give Priya Verma 300 on credit for the wedding order");
    expect(result.reply).toBe("Gave ₹300 on credit to Priya Verma. Balance ₹300.");
    const entry = await entryOf(result.resultEntityId);
    expect(Math.abs(entry.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(entry.note).toBe("for the wedding order");
  });

  it("refuses a date more than a year back and writes nothing", async () => {
    const shop = await voiceShop({ "Priya Verma": 50_000 });
    const year = Number(istDateString(new Date()).slice(0, 4)) - 2;
    const result = await say(shop.ownerCtx, `1 January ${year} ko Priya Verma ne 100 diye the`);
    expect(result.status).toBe("REJECTED");
    expect(result.reply).toContain("tareekh nahi chalegi");
    expect(await db().ledgerEntry.count({ where: { businessId: shop.businessId, type: "PAYMENT" } })).toBe(0);
  });
});

describe("the shop-level questions", () => {
  it("answers 'aaj kitna paisa aaya' with today's collections and the payment count", async () => {
    const shop = await voiceShop({ "Priya Verma": 100_000, "Rahul Sharma": 100_000 });
    await say(shop.ownerCtx, "Priya Verma ne 500 diye");
    await say(shop.ownerCtx, "Rahul Sharma ne 250 diye");
    await say(shop.ownerCtx, "kal Rahul Sharma ne 100 diye the");
    const today = await say(shop.ownerCtx, "aaj kitna paisa aaya");
    expect(today).toMatchObject({ status: "EXECUTED", intent: "get_collections" });
    expect(today.reply).toBe("Aaj ₹750 aaye, 2 payment.");
    const yesterday = istDateString(addIstDays(new Date(), -1));
    const english = await say(shop.ownerCtx, "how much did I collect yesterday");
    expect(english.reply).toBe(`Collected ₹100 on ${dayLabel(yesterday)}, from 1 payment.`);
    // Nothing was written by asking.
    expect(await db().ledgerEntry.count({ where: { businessId: shop.businessId, type: "PAYMENT" } })).toBe(3);
  });

  it("answers 'total kitna baaki hai' with the total and the top debtor", async () => {
    const shop = await voiceShop({ "Priya Verma": 120_000, "Rahul Sharma": 30_000, "Amit Kumar": 0 });
    const result = await say(shop.ownerCtx, "total kitna baaki hai");
    expect(result).toMatchObject({ status: "EXECUTED", intent: "get_total_due" });
    expect(result.reply).toBe("Kul ₹1,500 baaki hai, 2 customers par. Sabse zyada Priya Verma: ₹1,200.");
    const english = await say(shop.ownerCtx, "how much is owed to me in total");
    expect(english.reply).toBe("₹1,500 is owed to you by 2 customers. Most: Priya Verma, ₹1,200.");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../../../db";
import { runVoiceCommand } from "../run-voice-command";
import { balanceOf, entryCount, voiceShop } from "../test-shop";
import { QUESTION_WINDOW_MS } from "./windows";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string, now?: Date) =>
  runVoiceCommand(ctx, { text, channel: "TYPED", ...(now ? { now } : {}) });

describe("a bare answer completes the question the engine just asked", () => {
  it('Hinglish: "Rahul ko udhaar diya" → "Kitne rupaye?" → "500" records ₹500 credit for Rahul', async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const question = await say(shop.ownerCtx, "Rahul ko udhaar diya");
    expect(question).toMatchObject({ status: "NEEDS_INPUT", reply: "Kitne rupaye?" });
    const answer = await say(shop.ownerCtx, "500");
    expect(answer).toMatchObject({ status: "EXECUTED", intent: "record_credit" });
    expect(answer.reply).toBe("Rahul Sharma ke khate mein ₹500 udhaar likha. Baaki ₹1,500.");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(150_000);
  });

  it('English: "Give Priya Verma credit" → "How much?" → "two hundred" records it', async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    expect((await say(shop.staffCtx, "Give Priya Verma credit")).reply).toBe("How much?");
    const answer = await say(shop.staffCtx, "two hundred");
    expect(answer.reply).toBe("Gave ₹200 on credit to Priya Verma. Balance ₹200.");
    expect(await balanceOf(shop.ids["Priya Verma"] as string)).toBe(20_000);
  });

  it('Hinglish: "500 mile" → "Kis customer ka?" → "Rahul" records the payment from Rahul', async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 });
    expect(await say(shop.ownerCtx, "500 mile")).toMatchObject({
      status: "NEEDS_INPUT",
      reply: "Kis customer ka?",
    });
    const answer = await say(shop.ownerCtx, "Rahul");
    expect(answer.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹1,200.");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
  });

  it('English: "Received 300" → "Which customer?" → "Priya Verma" records it', async () => {
    const shop = await voiceShop({ "Priya Verma": 50_000 });
    expect((await say(shop.ownerCtx, "Received 300")).reply).toBe("Which customer?");
    const answer = await say(shop.ownerCtx, "Priya Verma");
    expect(answer.reply).toBe("Received ₹300 from Priya Verma. Balance ₹200.");
    expect(await balanceOf(shop.ids["Priya Verma"] as string)).toBe(20_000);
  });

  it('"Naya customer jodo" → "Kis customer ka?" → "Suresh Kumar" offers to add Suresh Kumar', async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    expect((await say(shop.ownerCtx, "naya customer jodo")).reply).toBe("Kis customer ka?");
    const answer = await say(shop.ownerCtx, "Suresh Kumar");
    expect(answer).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      intent: "add_customer",
      reply: "Suresh Kumar ko naya customer jod doon? Haan ya nahi?",
    });
    expect((await say(shop.ownerCtx, "haan")).reply).toBe("Suresh Kumar ko jod diya.");
    expect(await db().customer.count({ where: { businessId: shop.businessId, name: "Suresh Kumar" } })).toBe(
      1,
    );
  });

  it("keeps the payment mode said with the first half", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    await say(shop.ownerCtx, "500 UPI se mile");
    const answer = await say(shop.ownerCtx, "Rahul Sharma");
    expect(answer.status).toBe("EXECUTED");
    const entry = await db().ledgerEntry.findFirstOrThrow({ where: { id: answer.resultEntityId as string } });
    expect(entry.paymentMode).toBe("UPI");
  });

  it("the completed command still asks which Rahul, and still confirms a big amount", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000, "Rahul Gupta": 100_000, "Priya Verma": 0 });
    await say(shop.ownerCtx, "500 mile");
    const which = await say(shop.ownerCtx, "Rahul");
    expect(which.status).toBe("NEEDS_CONFIRMATION");
    expect(which.reply).toMatch(/^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/);

    await say(shop.ownerCtx, "Priya Verma ko udhaar diya");
    const big = await say(shop.ownerCtx, "15000");
    expect(big).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      reply: "Priya Verma ko ₹15,000 udhaar likh doon? Haan ya nahi?",
    });
    expect(await entryCount(shop.businessId)).toBe(2);
    expect((await say(shop.ownerCtx, "haan")).status).toBe("EXECUTED");
    expect(await balanceOf(shop.ids["Priya Verma"] as string)).toBe(1_500_000);
  });

  it("a full new command after a question runs as itself and the question is dropped", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000, "Priya Verma": 50_000 });
    await say(shop.ownerCtx, "Rahul ko udhaar diya");
    const other = await say(shop.ownerCtx, "Priya Verma ne 200 diye");
    expect(other.reply).toBe("Priya Verma se ₹200 mile. Baaki ₹300.");
    // The question was replaced: a bare amount now is not credit for Rahul.
    const bare = await say(shop.ownerCtx, "500");
    expect(bare.status).toBe("REJECTED");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(100_000);
  });

  it("after 2 minutes a bare amount is not attached to the old question", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    await say(shop.ownerCtx, "Rahul ko udhaar diya");
    const late = await say(
      shop.ownerCtx,
      "500",
      new Date(Date.now() + QUESTION_WINDOW_MS.missing_slot + 5_000),
    );
    expect(late).toMatchObject({ status: "REJECTED", intent: "unknown" });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(100_000);
  });

  it("another user's bare amount does not answer my question", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    await say(shop.ownerCtx, "Rahul ko udhaar diya");
    expect((await say(shop.staffCtx, "500")).status).toBe("REJECTED");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(100_000);
    const turns = await db().voiceTurn.count({ where: { businessId: shop.businessId, status: "EXECUTED" } });
    expect(turns).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { runVoiceCommand } from "./run-voice-command";
import { balanceOf, entryCount, voiceShop } from "./test-shop";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

describe("an amount the parser is not sure of is asked about, never guessed", () => {
  it.each([
    ["Rahul Sharma ne 1e20 diye", "1e20"],
    ["Rahul Sharma ne 2e3 diye", "2e3"],
    ["Rahul Sharma ne 1,5 diye", "1,5"],
    ["Rahul Sharma ne -500 diye", "-500"],
    ["Rahul Sharma ne 12.345 diye", "12.345"],
  ])('"%s" writes nothing and asks how much', async (text, heard) => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const asked = await say(shop.ownerCtx, text);
    expect(asked).toMatchObject({ status: "NEEDS_INPUT", intent: "record_payment" });
    expect(asked.reply).toBe(`"${heard}" rakam samajh nahi aayi. Kitne rupaye?`);
    expect(await entryCount(shop.businessId)).toBe(1);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(100_000);
  });

  it("an amount over the per-entry cap is asked about, not clamped; the answer is read back first", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    expect(await say(shop.ownerCtx, "Rahul Sharma ko 20000000000 udhaar")).toMatchObject({
      status: "NEEDS_INPUT",
    });
    const answered = await say(shop.ownerCtx, "500");
    // The command was in doubt once: it is confirmed, not written on the bare answer.
    expect(answered).toMatchObject({ status: "NEEDS_CONFIRMATION", intent: "record_credit" });
    expect(answered.reply).toBe("Rahul Sharma ko ₹500 udhaar likh doon? Haan ya nahi?");
    expect((await say(shop.ownerCtx, "haan")).status).toBe("EXECUTED");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(150_000);
  });

  it("Indian and Western digit grouping and two decimals are amounts as written", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 20_000_000 });
    expect((await say(shop.ownerCtx, "Rahul Sharma ne 1,50,000 diye")).reply).toMatch(
      /^Rahul Sharma se ₹1,50,000 mile/,
    );
    expect((await say(shop.ownerCtx, "Rahul Sharma ne 1,500 diye")).reply).toMatch(
      /^Rahul Sharma se ₹1,500 mile/,
    );
  });
});

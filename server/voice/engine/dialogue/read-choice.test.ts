import { describe, expect, it } from "vitest";
import { db } from "../../../db";
import { runVoiceCommand } from "../run-voice-command";
import { balanceOf, entryCount, voiceShop } from "../test-shop";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

const RAHULS = { "Rahul Sharma": 170_000, "Rahul Gupta": 80_000, "Priya Verma": 0 };

/** A shop with two Rahuls where the owner has just been asked "Rahul … ya Rahul …?". */
async function askedWhichRahul() {
  const shop = await voiceShop(RAHULS);
  const question = await say(shop.ownerCtx, "Rahul ne 500 diye");
  expect(question.status).toBe("NEEDS_CONFIRMATION");
  expect(question.reply).toMatch(/^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/);
  const balances = async () => ({
    sharma: await balanceOf(shop.ids["Rahul Sharma"] as string),
    gupta: await balanceOf(shop.ids["Rahul Gupta"] as string),
  });
  return { shop, question, balances };
}

describe("a spoken name answers 'Rahul Sharma ya Rahul Gupta?'", () => {
  it('"Rahul Gupta" pays exactly Rahul Gupta', async () => {
    const { shop, balances } = await askedWhichRahul();
    const answer = await say(shop.ownerCtx, "Rahul Gupta");
    expect(answer).toMatchObject({ status: "EXECUTED", reply: "Rahul Gupta se ₹500 mile. Baaki ₹300." });
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 30_000 });
  });

  it("honorifics and fillers around the name are fine: 'haan, Sharma ji wale'", async () => {
    const { shop, balances } = await askedWhichRahul();
    const answer = await say(shop.ownerCtx, "haan, Sharma ji wale");
    expect(answer.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹1,200.");
    expect(await balances()).toEqual({ sharma: 120_000, gupta: 80_000 });
  });

  it('Devanagari: "राहुल गुप्ता" pays Rahul Gupta', async () => {
    const { shop, balances } = await askedWhichRahul();
    expect((await say(shop.ownerCtx, "राहुल गुप्ता")).status).toBe("EXECUTED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 30_000 });
  });

  it('"doosra" names the second customer offered back, and only "haan" then records it', async () => {
    const { shop, question, balances } = await askedWhichRahul();
    const second = question.candidates[1]?.name as "Rahul Sharma" | "Rahul Gupta";
    const expected = {
      "Rahul Sharma": { reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200.", sharma: 120_000, gupta: 80_000 },
      "Rahul Gupta": { reply: "Rahul Gupta se ₹500 mile. Baaki ₹300.", sharma: 170_000, gupta: 30_000 },
    }[second];
    const readBack = await say(shop.ownerCtx, "doosra");
    expect(readBack.status).toBe("NEEDS_CONFIRMATION");
    expect(readBack.reply).toContain(second);
    expect(readBack.reply).toMatch(/Haan ya nahi\?$/);
    expect(readBack.candidates).toEqual([]);
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 80_000 });
    expect((await say(shop.ownerCtx, "haan")).reply).toBe(expected.reply);
    expect(await balances()).toEqual({ sharma: expected.sharma, gupta: expected.gupta });
  });

  it('"pehle wala" then "nahi" records nothing', async () => {
    const { shop, question, balances } = await askedWhichRahul();
    const first = question.candidates[0]?.name as string;
    expect((await say(shop.ownerCtx, "pehle wala")).reply).toContain(first);
    expect((await say(shop.ownerCtx, "nahi")).status).toBe("CANCELLED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 80_000 });
  });

  it('"Rahul" alone asks the same question again and keeps it open', async () => {
    const { shop, question, balances } = await askedWhichRahul();
    const again = await say(shop.ownerCtx, "Rahul");
    expect(again).toMatchObject({ status: "NEEDS_CONFIRMATION", reply: question.reply });
    expect(again.candidates).toEqual(question.candidates);
    // Someone who is not one of the choices: asked again too, nothing written.
    expect((await say(shop.ownerCtx, "Priya")).reply).toBe(question.reply);
    expect(await entryCount(shop.businessId)).toBe(2);
    // The question is still open: the name now answers it.
    expect((await say(shop.ownerCtx, "Rahul Gupta")).status).toBe("EXECUTED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 30_000 });
  });

  it("an unrelated full command runs as itself and closes the question", async () => {
    const { shop, balances } = await askedWhichRahul();
    const other = await say(shop.ownerCtx, "Priya Verma ko 200 udhaar diya");
    expect(other.reply).toBe("Priya Verma ke khate mein ₹200 udhaar likha. Baaki ₹200.");
    // A full command naming a candidate is also a command of its own, not the answer.
    const balance = await say(shop.ownerCtx, "Rahul Gupta ka kitna baaki hai");
    expect(balance).toMatchObject({ status: "EXECUTED", intent: "get_balance" });
    const late = await say(shop.ownerCtx, "Rahul Gupta");
    expect(late.status).not.toBe("EXECUTED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 80_000 });
  });

  it("staff (another user) cannot answer my question", async () => {
    const { shop, balances } = await askedWhichRahul();
    const staff = await say(shop.staffCtx, "Rahul Gupta");
    expect(staff.status).not.toBe("EXECUTED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 80_000 });
    // Still mine to answer.
    expect((await say(shop.ownerCtx, "Rahul Gupta")).status).toBe("EXECUTED");
  });

  it("answering twice runs the payment once", async () => {
    const { shop, balances } = await askedWhichRahul();
    const [one, two] = await Promise.all([
      say(shop.ownerCtx, "Rahul Gupta"),
      say(shop.ownerCtx, "Rahul Gupta"),
    ]);
    expect([one.status, two.status].filter((status) => status === "EXECUTED")).toHaveLength(1);
    expect((await say(shop.ownerCtx, "Rahul Gupta")).status).not.toBe("EXECUTED");
    expect(await balances()).toEqual({ sharma: 170_000, gupta: 30_000 });
    const payments = await db().ledgerEntry.count({
      where: { businessId: shop.businessId, customerId: shop.ids["Rahul Gupta"] as string, type: "PAYMENT" },
    });
    expect(payments).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../../../db";
import { runVoiceCommand } from "../run-voice-command";
import { balanceOf, entryCount, voiceShop } from "../test-shop";
import { confirmVoiceCommand } from "./button-answer";

type Ctx = Parameters<typeof runVoiceCommand>[0];
const speak = (ctx: Ctx, text: string) => runVoiceCommand(ctx, { text, channel: "OFFLINE" });

/** Heard, not typed: "Rahul ne 500 diye" in a shop with two Rahuls. */
async function spokenWhichRahul(quickMode = false) {
  const shop = await voiceShop({ "Rahul Sharma": 170_000, "Rahul Gupta": 80_000 });
  await db().business.update({ where: { id: shop.businessId }, data: { voiceQuickMode: quickMode } });
  const openings = await entryCount(shop.businessId);
  const question = await speak(shop.ownerCtx, "Rahul ne 500 diye");
  expect(question.reply).toMatch(/^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/);
  const nothingWritten = async () => expect(await entryCount(shop.businessId)).toBe(openings);
  return { shop, question, gupta: shop.ids["Rahul Gupta"] as string, nothingWritten };
}

describe("a spoken amount is still read back after 'which Rahul?'", () => {
  it("'Rahul Gupta' asks about the ₹500 first; only 'haan' writes it", async () => {
    const { shop, gupta, nothingWritten } = await spokenWhichRahul();
    const readBack = await speak(shop.ownerCtx, "Rahul Gupta");
    expect(readBack).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      reply: "Rahul Gupta se ₹500 mile, likh doon? Haan ya nahi?",
      confirmTurnId: readBack.turnId,
    });
    await nothingWritten();
    const yes = await speak(shop.ownerCtx, "haan");
    expect(yes).toMatchObject({ status: "EXECUTED", reply: "Rahul Gupta se ₹500 mile. Baaki ₹300." });
    expect(await balanceOf(gupta)).toBe(30_000);
  });

  it("a tapped name leads to the same read-back, answered by its own Yes button", async () => {
    const { shop, question, gupta, nothingWritten } = await spokenWhichRahul();
    const readBack = await confirmVoiceCommand(shop.ownerCtx, {
      turnId: question.turnId,
      answer: "yes",
      choice: gupta,
    });
    expect(readBack).toMatchObject({ status: "NEEDS_CONFIRMATION", confirmTurnId: readBack.turnId });
    expect(readBack.turnId).not.toBe(question.turnId);
    await nothingWritten();
    // The first question is answered: its buttons no longer write anything.
    const stale = await confirmVoiceCommand(shop.ownerCtx, {
      turnId: question.turnId,
      answer: "yes",
      choice: gupta,
    });
    expect(stale.status).toBe("REJECTED");
    const yes = await confirmVoiceCommand(shop.ownerCtx, { turnId: readBack.turnId, answer: "yes" });
    expect(yes.reply).toBe("Rahul Gupta se ₹500 mile. Baaki ₹300.");
    expect(await balanceOf(gupta)).toBe(30_000);
  });

  it("in quick mode the chosen customer's payment is written at once, with how to undo it", async () => {
    const { shop, gupta } = await spokenWhichRahul(true);
    const answer = await speak(shop.ownerCtx, "Rahul Gupta");
    expect(answer.status).toBe("EXECUTED");
    expect(answer.reply).toMatch(/^Rahul Gupta se ₹500 mile\. Baaki ₹300\. .*undo/i);
    expect(await balanceOf(gupta)).toBe(30_000);
  });

  it("the question and its answers are one exchange", async () => {
    const { shop, question } = await spokenWhichRahul();
    const readBack = await speak(shop.ownerCtx, "Rahul Gupta");
    const yes = await speak(shop.ownerCtx, "haan");
    const turns = await db().voiceTurn.findMany({
      where: { id: { in: [question.turnId, readBack.turnId, yes.turnId] } },
      select: { id: true, conversationId: true },
    });
    const byId = new Map(turns.map((turn) => [turn.id, turn.conversationId]));
    expect(byId.get(question.turnId)).toBeNull();
    expect(byId.get(readBack.turnId)).toBe(question.turnId);
    expect(byId.get(yes.turnId)).toBe(question.turnId);
  });
});

describe("a stored question this code cannot read", () => {
  it("is answered 'say it again', and nothing is written", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 });
    const openings = await entryCount(shop.businessId);
    // As an older release stored it (no version), or as erasure left it.
    for (const commandJson of [
      { intent: "record_payment", action: { kind: "record_payment", customerId: "x" }, choice: null },
      { erased: true },
    ]) {
      const asked = await runVoiceCommand(shop.ownerCtx, { text: "Rahul ne 20000 diye", channel: "TYPED" });
      expect(asked.status).toBe("NEEDS_CONFIRMATION");
      await db().voiceTurn.update({
        where: { id: asked.turnId },
        data: { commandJson, status: "NEEDS_CONFIRMATION" },
      });
      const yes = await runVoiceCommand(shop.ownerCtx, { text: "haan", channel: "TYPED" });
      expect(yes).toMatchObject({ status: "REJECTED", reply: expect.stringMatching(/phir se boliye/) });
      expect(await entryCount(shop.businessId)).toBe(openings);
    }
  });
});

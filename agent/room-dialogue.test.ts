import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../server/db";
import { balanceOf, entryCount, voiceShop } from "../server/voice/engine/test-shop";
import { startRoomStack } from "./test-room";
import { type Merchant, merchantInRoom, printRoomLog, sayTurn } from "./test-room-session";

// One merchant's session in a real room, turn after turn, as at the counter: a question answered
// by voice, a press dropped with Escape, a press held too long. The worker cuts turns at 6 s here
// (30 s in production) so the last case costs seconds, not half a minute.
const MAX_TURN_SECONDS = 6;
const agentName = `execora-room-dialogue-${randomBytes(3).toString("hex")}`;
let stack: Awaited<ReturnType<typeof startRoomStack>>;
let merchant: Merchant;
let shop: Awaited<ReturnType<typeof voiceShop>>;
const sharma = () => balanceOf(shop.ids["Rahul Sharma"] as string);
const gupta = () => balanceOf(shop.ids["Rahul Gupta"] as string);
const storedTurns = () => db().voiceTurn.count({ where: { businessId: shop.businessId } });

beforeAll(async () => {
  const { PATH, HOME, DATABASE_URL, AUTH_SECRET } = process.env;
  stack = await startRoomStack(
    agentName,
    { PATH, HOME, DATABASE_URL, AUTH_SECRET },
    { AGENT_MAX_TURN_SECONDS: String(MAX_TURN_SECONDS) },
  );
  shop = await voiceShop({ "Rahul Sharma": 170_000, "Rahul Gupta": 80_000 }, { quickMode: true });
  ({ merchant } = await merchantInRoom(stack, agentName, shop.ownerCtx));
}, 180_000);
afterAll(async () => {
  printRoomLog(stack, process.env.ROOM_TEST_LOG);
  await merchant?.room.disconnect();
  await stack?.stop();
}, 60_000);

describe("one merchant's turns in a real room", () => {
  it('"Rahul ne five hundred diye" with two Rahuls asks which; "Rahul Gupta" said next pays only him', async () => {
    const question = await sayTurn(merchant, "Rahul ne five hundred rupees diye");
    expect(question).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      intent: "record_payment",
      transcript: "rahul ne five hundred rupees diye",
    });
    expect(question.reply).toMatch(/^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/);
    expect(question.candidates.map((candidate) => candidate.name).sort()).toEqual([
      "Rahul Gupta",
      "Rahul Sharma",
    ]);
    expect(await gupta()).toBe(80_000);

    const answer = await sayTurn(merchant, "Rahul Gupta");
    // Quick mode: the chosen customer's payment is written at once, and the reply says how to undo it.
    expect(answer).toMatchObject({
      status: "EXECUTED",
      transcript: "rahul gupta",
      reply: expect.stringMatching(/^Rahul Gupta se ₹500 mile\. Baaki ₹300\. \S/),
    });
    expect({ sharma: await sharma(), gupta: await gupta() }).toEqual({ sharma: 170_000, gupta: 30_000 });
    // Two openings and exactly one payment.
    expect(await entryCount(shop.businessId)).toBe(3);
  }, 120_000);

  it("a press cancelled while held (Escape) records nothing, and its words never reach the next turn", async () => {
    const entries = await entryCount(shop.businessId);
    const turns = await storedTurns();
    const packets = merchant.packets.length;
    expect(await merchant.rpc("start_turn")).toEqual({ state: "listening" });
    await merchant.speak("Rahul Sharma ne two hundred rupees diye");
    expect(await merchant.rpc("cancel_turn")).toEqual({ state: "idle" });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(merchant.packets.length).toBe(packets);
    expect(await entryCount(shop.businessId)).toBe(entries);
    expect(await storedTurns()).toBe(turns);
    expect(await sharma()).toBe(170_000);

    const next = await sayTurn(merchant, "Rahul Sharma ka kitna baaki hai");
    expect(next).toMatchObject({ status: "EXECUTED", transcript: "rahul sharma ka kitna baaki hai" });
    expect(next.reply).toContain("₹1,700");
    expect(await entryCount(shop.businessId)).toBe(entries);
  }, 120_000);

  it(`a press held past ${MAX_TURN_SECONDS} s is cut and answered without a release; the late release changes nothing`, async () => {
    const packets = merchant.packets.length;
    expect(await merchant.rpc("start_turn")).toEqual({ state: "listening" });
    const pressedAt = Date.now();
    await merchant.speak("Rahul Sharma ne two hundred rupees diye");
    // The button stays down, the microphone quiet, until the agent answers by itself.
    while (merchant.packets.length === packets && Date.now() - pressedAt < 30_000) {
      await merchant.silence(200);
    }
    expect(Date.now() - pressedAt).toBeGreaterThanOrEqual(MAX_TURN_SECONDS * 1000);
    expect(merchant.packets.at(-1)).toMatchObject({
      status: "EXECUTED",
      transcript: "rahul sharma ne two hundred rupees diye",
      reply: "Rahul Sharma se ₹200 mile. Baaki ₹1,500. Galat ho to undo boliye.",
    });
    expect(await sharma()).toBe(150_000);
    expect(await merchant.rpc("end_turn")).toEqual({ state: "idle" });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(merchant.packets.length).toBe(packets + 1);
    expect(await sharma()).toBe(150_000);
  }, 120_000);
});

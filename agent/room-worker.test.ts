import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../server/db";
import { balanceOf, entryCount, voiceShop } from "../server/voice/engine/test-shop";
import { startRoomStack } from "./test-room";
import { type Merchant, merchantInRoom, printRoomLog, sayTurn } from "./test-room-session";

// The worker process going away under a merchant: a deploy (SIGTERM, drain) and a crash (SIGKILL).
const agentName = `execora-room-worker-${randomBytes(3).toString("hex")}`;
let stack: Awaited<ReturnType<typeof startRoomStack>>;
const joined: Merchant[] = [];

beforeAll(async () => {
  const { PATH, HOME, DATABASE_URL, AUTH_SECRET } = process.env;
  stack = await startRoomStack(agentName, { PATH, HOME, DATABASE_URL, AUTH_SECRET });
}, 120_000);
afterAll(async () => {
  printRoomLog(stack, process.env.ROOM_TEST_LOG);
  for (const merchant of joined) await merchant.room.disconnect();
  await stack?.stop();
}, 60_000);

const executedTurns = (businessId: string) =>
  db().voiceTurn.count({ where: { businessId, status: "EXECUTED" } });

describe("the agent worker stopped during a session", () => {
  it("SIGTERM right after the release: the turn still finishes and is stored, then the worker exits cleanly", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
    const { merchant } = await merchantInRoom(stack, agentName, shop.ownerCtx);
    joined.push(merchant);
    const worker = stack.worker;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      worker.process.once("exit", (code, signal) => resolve({ code, signal })),
    );
    expect(await merchant.rpc("start_turn")).toEqual({ state: "listening" });
    await merchant.speak("Rahul ne five hundred rupees diye");
    const released = merchant.rpc("end_turn");
    // A deploy stopping the worker the moment the button comes up (to the worker process only,
    // as a container runtime does).
    process.kill(worker.process.pid as number, "SIGTERM");
    expect(await released).toEqual({ state: "idle" });
    await expect.poll(() => merchant.packets.length, { timeout: 30_000, interval: 100 }).toBe(1);
    expect(merchant.packets[0]).toMatchObject({
      status: "EXECUTED",
      reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye.",
    });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    expect(await executedTurns(shop.businessId)).toBe(1);
    // The merchant leaves; the draining worker then has nothing left and exits on its own, with
    // the framework's "drained after SIGTERM" code (143 from its own exit, not a kill; errors exit 1).
    await merchant.room.disconnect();
    expect(await exited).toEqual({ code: 143, signal: null });
  }, 180_000);

  it("SIGKILL mid-session, then a new worker: a new session works and nothing is written twice", async () => {
    await stack.restartWorker();
    const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
    const first = await merchantInRoom(stack, agentName, shop.ownerCtx);
    joined.push(first.merchant);
    expect((await sayTurn(first.merchant, "Rahul ne five hundred rupees diye")).status).toBe("EXECUTED");
    // About the crash, not the recogniser: on a loaded machine it has heard "five" as "eight".
    const afterFirst = await balanceOf(shop.ids["Rahul Sharma"] as string);
    const agentGone = await first.merchant.agentIdentity();
    // The whole worker, job processes too, killed without a chance to clean up.
    process.kill(-(stack.worker.process.pid as number), "SIGKILL");
    await expect(
      first.merchant.room.localParticipant?.performRpc({
        destinationIdentity: agentGone,
        method: "start_turn",
        payload: "",
        responseTimeout: 5_000,
      }),
    ).rejects.toThrow();

    await stack.restartWorker();
    // The page's next press starts a new session (a new token and room).
    const second = await merchantInRoom(stack, agentName, shop.ownerCtx);
    joined.push(second.merchant);
    const again = await sayTurn(second.merchant, "Rahul ne two hundred rupees diye");
    expect(again.status).toBe("EXECUTED");
    const paid = Number(/₹([\d,]+) mile/.exec(again.reply)?.[1]?.replaceAll(",", "")) * 100;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(afterFirst - paid);
    // The opening and the two payments, once each.
    expect(await entryCount(shop.businessId)).toBe(3);
    expect(await executedTurns(shop.businessId)).toBe(2);
    expect(first.merchant.packets).toHaveLength(1);
  }, 240_000);
});

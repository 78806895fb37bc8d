import { randomBytes } from "node:crypto";
import { ParticipantKind } from "@livekit/rtc-node";
import { AccessToken, RoomAgentDispatch, RoomConfiguration } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../server/db";
import { balanceOf, entryCount, voiceShop } from "../server/voice/engine/test-shop";
import { startVoiceSession } from "../server/voice/livekit/session-token";
import { joinAsMerchant, startRoomStack } from "./test-room";
import { type Merchant, merchantInRoom, printRoomLog, sayTurn, stackConfig } from "./test-room-session";

// Who can reach whose books through the real room: two shops talking at once, and tokens that
// are expired, for another room, or minted without the attributes our app signs.
const agentName = `execora-room-isolation-${randomBytes(3).toString("hex")}`;
let stack: Awaited<ReturnType<typeof startRoomStack>>;
const joined: Merchant[] = [];

beforeAll(async () => {
  const { PATH, HOME, DATABASE_URL, AUTH_SECRET } = process.env;
  stack = await startRoomStack(agentName, { PATH, HOME, DATABASE_URL, AUTH_SECRET });
}, 120_000);
afterAll(async () => {
  printRoomLog(stack, process.env.ROOM_TEST_LOG);
  for (const participant of joined) await participant.room.disconnect();
  await stack?.stop();
}, 60_000);

/** A token signed with the server's own key, for `room`, carrying none of our attributes. */
function bareToken(room: string, options: { ttl?: number; dispatch?: boolean } = {}) {
  const token = new AccessToken(stack.server.apiKey, stack.server.apiSecret, {
    identity: `intruder-${randomBytes(3).toString("hex")}`,
    ttl: options.ttl ?? 600,
  });
  token.addGrant({ roomJoin: true, room, canPublish: true, canSubscribe: true, canPublishData: true });
  if (options.dispatch) {
    token.roomConfig = new RoomConfiguration({ agents: [new RoomAgentDispatch({ agentName })] });
  }
  return token.toJwt();
}

async function shopInRoom(name: string, openingPaise: number) {
  const shop = await voiceShop({ [name]: openingPaise }, { quickMode: true });
  const { session, merchant } = await merchantInRoom(stack, agentName, shop.ownerCtx);
  joined.push(merchant);
  return { shop, session, merchant, balance: () => balanceOf(shop.ids[name] as string) };
}

describe("two shops at once, each in its own room", () => {
  it("each merchant's payment lands in their own shop, and each hears only their own turn", async () => {
    // The same customer name in both shops: only the room's own shop may be touched.
    const [a, b] = await Promise.all([
      shopInRoom("Rahul Sharma", 170_000),
      shopInRoom("Rahul Sharma", 90_000),
    ]);
    if (!a || !b) throw new Error("both shops joined");
    const [heardA, heardB] = await Promise.all([
      sayTurn(a.merchant, "Rahul ne five hundred rupees diye"),
      sayTurn(b.merchant, "Rahul ne two hundred rupees diye"),
    ]);
    // Transcripts first: a failure then tells a misheard number from the other room's voice.
    expect([heardA.transcript, heardB.transcript]).toEqual([
      "rahul ne five hundred rupees diye",
      "rahul ne two hundred rupees diye",
    ]);
    expect(heardA.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye.");
    expect(heardB.reply).toBe("Rahul Sharma se ₹200 mile. Baaki ₹700. Galat ho to undo boliye.");
    expect({ a: await a.balance(), b: await b.balance() }).toEqual({ a: 120_000, b: 70_000 });
    expect({ a: await entryCount(a.shop.businessId), b: await entryCount(b.shop.businessId) }).toEqual({
      a: 2,
      b: 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(a.merchant.packets).toEqual([heardA]);
    expect(b.merchant.packets).toEqual([heardB]);
  }, 180_000);
});

describe("tokens the room or the agent refuses", () => {
  it("an expired token is refused by the server", async () => {
    const { session } = await shopInRoom("Priya Verma", 0);
    // Two minutes past expiry: beyond any clock leeway the server allows.
    const expired = await bareToken(session.roomName, { ttl: -120 });
    await expect(joinAsMerchant(stack.server.url, expired)).rejects.toThrow();
  }, 120_000);

  it("a token for another room cannot reach this room's agent", async () => {
    const mine = await shopInRoom("Rahul Sharma", 100_000);
    const agentOfMine = await mine.merchant.agentIdentity();
    const other = await voiceShop({ "Rahul Sharma": 100_000 });
    // The app's own token, for the other shop's room: signed, but not for this room.
    const otherSession = await startVoiceSession(other.ownerCtx, stackConfig(stack, agentName));
    const elsewhere = await joinAsMerchant(stack.server.url, otherSession.participantToken);
    joined.push(elsewhere);
    await expect(
      elsewhere.room.localParticipant?.performRpc({
        destinationIdentity: agentOfMine,
        method: "start_turn",
        payload: "",
        responseTimeout: 5_000,
      }),
    ).rejects.toThrow();
    expect([...elsewhere.room.remoteParticipants.keys()]).not.toContain(agentOfMine);
    expect(await mine.balance()).toBe(100_000);
  }, 120_000);

  it("someone in the merchant's room without our signed attributes has every RPC refused (1403) and writes nothing", async () => {
    const mine = await shopInRoom("Rahul Sharma", 100_000);
    const intruder = await joinAsMerchant(stack.server.url, await bareToken(mine.session.roomName));
    joined.push(intruder);
    const refused = (method: string) =>
      intruder.rpc(method).then(
        () => null,
        (error: { code?: number }) => error.code,
      );
    expect(await refused("start_turn")).toBe(1403);
    await intruder.speak("Rahul ne five hundred rupees diye");
    expect(await refused("end_turn")).toBe(1403);
    expect(await refused("cancel_turn")).toBe(1403);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(intruder.packets).toEqual([]);
    expect(await mine.balance()).toBe(100_000);
    expect(await entryCount(mine.shop.businessId)).toBe(1);
    expect(await db().voiceTurn.count({ where: { businessId: mine.shop.businessId } })).toBe(0);
    // The merchant is still served.
    expect((await sayTurn(mine.merchant, "Rahul ne two hundred rupees diye")).status).toBe("EXECUTED");
    expect(await mine.balance()).toBe(80_000);
  }, 120_000);

  it("alone in a room without our signed attributes, the agent leaves without answering", async () => {
    const room = `voice-bare-${randomBytes(4).toString("hex")}`;
    const stranger = await joinAsMerchant(stack.server.url, await bareToken(room, { dispatch: true }));
    joined.push(stranger);
    await expect
      .poll(() => stack.log.join("").includes("voice_participant_rejected"), { timeout: 60_000 })
      .toBe(true);
    // The job ended: no agent stays in the room to take a press.
    await expect
      .poll(
        () => [...stranger.room.remoteParticipants.values()].some((p) => p.kind === ParticipantKind.AGENT),
        {
          timeout: 15_000,
        },
      )
      .toBe(false);
  }, 120_000);
});

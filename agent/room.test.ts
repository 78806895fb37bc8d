import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { balanceOf, voiceShop } from "../server/voice/engine/test-shop";
import { liveKitConfig } from "../server/voice/livekit/config";
import { startVoiceSession } from "../server/voice/livekit/session-token";
import { joinAsMerchant, startRoomStack } from "./test-room";

// The whole room path on loopback: the real livekit-server, the real agent worker with local
// speech (pocketsphinx + espeak-ng) and no LLM, a merchant joined with the app's own token.
const agentName = `execora-room-test-${randomBytes(3).toString("hex")}`;
let stack: Awaited<ReturnType<typeof startRoomStack>>;
let merchant: Awaited<ReturnType<typeof joinAsMerchant>> | undefined;

beforeAll(async () => {
  const { PATH, HOME, DATABASE_URL, AUTH_SECRET } = process.env;
  stack = await startRoomStack(agentName, { PATH, HOME, DATABASE_URL, AUTH_SECRET });
}, 120_000);
afterAll(async () => {
  if (process.env.ROOM_TEST_LOG) {
    console.error(
      stack?.log
        .join("")
        .split("\n")
        .filter((l) => /"level":(40|50)|voice_|stt/i.test(l))
        .join("\n")
        .slice(-6000),
    );
  }
  await merchant?.room.disconnect();
  await stack?.stop();
}, 60_000);

describe("push-to-talk in a real LiveKit room", () => {
  it("a spoken payment released right after its last word is heard, recorded, shown and spoken back", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
    const config = liveKitConfig({
      LIVEKIT_URL: stack.server.url,
      LIVEKIT_API_KEY: stack.server.apiKey,
      LIVEKIT_API_SECRET: stack.server.apiSecret,
      LIVEKIT_AGENT_NAME: agentName,
    });
    const session = await startVoiceSession(shop.ownerCtx, config);
    merchant = await joinAsMerchant(session.serverUrl, session.participantToken);
    await merchant.agentIdentity(60_000);
    // The agent registers its RPCs once its session has started: press until it answers.
    let pressed: { state: string } | null = null;
    for (let attempt = 0; attempt < 100 && !pressed; attempt++) {
      pressed = await merchant.rpc("start_turn").catch(() => null);
      if (!pressed) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(pressed).toEqual({ state: "listening" });
    await merchant.speak("Rahul ne five hundred rupees diye");
    // Released the moment the last sample left the microphone: the tail keeps "diye".
    expect(await merchant.rpc("end_turn")).toEqual({ state: "idle" });
    await expect.poll(() => merchant?.packets.length, { timeout: 30_000, interval: 100 }).toBe(1);
    expect(merchant.packets[0]).toMatchObject({
      status: "EXECUTED",
      intent: "record_payment",
      transcript: "rahul ne five hundred rupees diye",
      reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye.",
    });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    // The reply arrives as the agent's audio track, with sound in it.
    await expect
      .poll(() => merchant?.agentAudio.loudFrames ?? 0, { timeout: 30_000, interval: 100 })
      .toBeGreaterThan(10);
  }, 120_000);
});

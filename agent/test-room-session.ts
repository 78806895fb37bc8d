import { expect } from "vitest";
import type { DomainContext } from "../server/context";
import { liveKitConfig } from "../server/voice/livekit/config";
import { startVoiceSession } from "../server/voice/livekit/session-token";
import { joinAsMerchant, type startRoomStack } from "./test-room";
import type { TurnPacket } from "./turn-packet";

type RoomStack = Awaited<ReturnType<typeof startRoomStack>>;
export type Merchant = Awaited<ReturnType<typeof joinAsMerchant>>;

/** The app's LiveKit settings for this stack (what voice.startSession mints tokens with). */
export function stackConfig(stack: RoomStack, agentName: string) {
  const config = liveKitConfig({
    LIVEKIT_URL: stack.server.url,
    LIVEKIT_API_KEY: stack.server.apiKey,
    LIVEKIT_API_SECRET: stack.server.apiSecret,
    LIVEKIT_AGENT_NAME: agentName,
  });
  if (!config) throw new Error("the stack has no LiveKit settings");
  return config;
}

/**
 * What the page does on the first press: mint the session (voice.startSession), join the room and
 * wait until the agent answers RPCs (it registers them once its session has started).
 */
export async function merchantInRoom(stack: RoomStack, agentName: string, ctx: DomainContext) {
  const session = await startVoiceSession(ctx, stackConfig(stack, agentName));
  const merchant = await joinAsMerchant(session.serverUrl, session.participantToken);
  await merchant.agentIdentity(60_000);
  // cancel_turn with nothing held changes nothing: a safe way to ask "are you listening yet?".
  for (let attempt = 0; attempt < 150; attempt++) {
    const answered = await merchant.rpc("cancel_turn").catch(() => null);
    if (answered?.state === "idle") return { session, merchant };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the agent never answered cancel_turn");
}

/** Hold, say `sentence`, release right after it: the turn's packet. */
export async function sayTurn(merchant: Merchant, sentence: string): Promise<TurnPacket> {
  const before = merchant.packets.length;
  expect(await merchant.rpc("start_turn")).toEqual({ state: "listening" });
  await merchant.speak(sentence);
  expect(await merchant.rpc("end_turn")).toEqual({ state: "idle" });
  await expect.poll(() => merchant.packets.length, { timeout: 30_000, interval: 100 }).toBe(before + 1);
  return merchant.packets.at(-1) as TurnPacket;
}

/** The worker's warnings and errors (and voice lines), for a failing run (tests pass ROOM_TEST_LOG). */
export function printRoomLog(stack: RoomStack | undefined, enabled: unknown) {
  if (!enabled || !stack) return;
  const lines = stack.log
    .join("")
    .split("\n")
    .filter((line) => /"level":(40|50)|voice_|stt/i.test(line));
  console.error(lines.join("\n").slice(-6000));
}

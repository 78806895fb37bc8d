import { RpcError } from "livekit-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveKitHooks } from "./livekit-room-events";
import { connectLiveKitTransport } from "./livekit-transport";
import type { TalkEvent } from "./talk-state";
import { TalkSetupError } from "./talk-transport";
import {
  agentParticipant,
  fakeLiveKit,
  mics,
  type RpcCall,
  resetFakeLiveKit,
  rooms,
} from "./test-livekit-fakes";

vi.mock("livekit-client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("livekit-client")>()),
  ...(await import("./test-livekit-fakes")).fakeLiveKit,
}));

const SESSION = { serverUrl: "wss://livekit.example", participantToken: "token-1" };
const AGENT = agentParticipant();
const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

let events: TalkEvent[];
let hooks: LiveKitHooks;
beforeEach(() => {
  vi.useFakeTimers();
  resetFakeLiveKit();
  events = [];
  hooks = {
    dispatch: (e) => events.push(e),
    onTurnStored: vi.fn(),
    audioElement: () => null,
    onClosed: vi.fn(),
  };
});
afterEach(() => vi.useRealTimers());

async function connectedTransport() {
  const connecting = connectLiveKitTransport(SESSION, hooks);
  await settle();
  const room = rooms[0];
  if (!room) throw new Error("no room");
  room.join(AGENT);
  const transport = await connecting;
  return { transport, room, mic: mics[0] };
}

/** An RPC answer the test settles by hand. */
function heldAnswer() {
  let answer: (value: string) => void = () => {};
  const promise = new Promise<string>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

describe("connecting to the LiveKit room", () => {
  it("publishes the microphone muted, then waits for the agent (not any participant) to join", async () => {
    let ready = false;
    const connecting = connectLiveKitTransport(SESSION, hooks).then((t) => {
      ready = true;
      return t;
    });
    await settle();
    const room = rooms[0];
    expect(room?.connect).toHaveBeenCalledWith(SESSION.serverUrl, SESSION.participantToken);
    expect(room?.published).toEqual([{ mutedWhenPublished: true, source: "microphone" }]);
    room?.join({ identity: "merchant-b1-u2", isAgent: false });
    await settle(1_000);
    expect(ready).toBe(false);
    room?.join(AGENT);
    expect((await connecting).kind).toBe("livekit");
  });

  it("says live voice is unavailable and leaves the room when no agent joins in time", async () => {
    const connecting = connectLiveKitTransport(SESSION, hooks);
    const failure = expect(connecting).rejects.toEqual(new TalkSetupError("liveUnavailable"));
    await settle(15_000);
    await failure;
    expect(rooms[0]?.disconnect).toHaveBeenCalled();
    expect(mics[0]?.stopped).toBe(true);
    expect(hooks.onClosed).not.toHaveBeenCalled();
  });

  it("says the microphone was refused when the browser denies it, and leaves the room", async () => {
    fakeLiveKit.createLocalAudioTrack.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
    await expect(connectLiveKitTransport(SESSION, hooks)).rejects.toEqual(new TalkSetupError("micDenied"));
    expect(rooms[0]?.disconnect).toHaveBeenCalled();
    expect(rooms[0]?.published).toEqual([]);
  });
});

describe("a held turn over the room", () => {
  it("opens the mic and tells the agent on press; on release ends the turn and mutes only after the tail", async () => {
    const { transport, room, mic } = await connectedTransport();
    transport.press("turn-1", () => true);
    await settle();
    expect(mic?.muted).toBe(false);
    expect(room.rpcCalls).toEqual([
      expect.objectContaining({ destinationIdentity: AGENT.identity, method: "start_turn" }),
    ]);
    expect(JSON.parse(room.rpcCalls[0]?.payload ?? "")).toEqual({ clientTurnId: "turn-1" });
    expect(events).toEqual([{ type: "listening" }]);

    transport.release();
    await settle();
    expect(room.methods()).toEqual(["start_turn", "end_turn"]);
    // end_turn waits for the transcript (up to 20 s on the agent): the page waits longer still.
    expect(room.rpcCalls[1]).toMatchObject({ responseTimeout: 25_000 });
    expect(room.rpcCalls[0]).toMatchObject({ responseTimeout: 8_000 });
    // The agent listens 300 ms past end_turn: the last word must still be on the wire then.
    await settle(300);
    expect(mic?.muted).toBe(false);
    await settle(200);
    expect(mic?.muted).toBe(true);
  });

  it.each([
    ["released through the transport too", true],
    ["seen only as no longer held", false],
  ])("ends a tap shorter than the agent's answer exactly once (%s)", async (_, releaseCalled) => {
    const { transport, room } = await connectedTransport();
    const start = heldAnswer();
    room.answerRpc = (call) => (call.method === "start_turn" ? start.promise : Promise.resolve("{}"));
    transport.press("turn-1", () => false);
    if (releaseCalled) transport.release();
    start.answer('{"state":"listening"}');
    await settle(1_000);
    expect(room.methods()).toEqual(["start_turn", "end_turn"]);
  });

  it("on cancel mutes at once, tells the agent to drop the turn, and never reports listening", async () => {
    const { transport, room, mic } = await connectedTransport();
    const start = heldAnswer();
    room.answerRpc = (call) => (call.method === "start_turn" ? start.promise : Promise.resolve("{}"));
    transport.press("turn-1", () => true);
    await settle();
    transport.cancel();
    expect(mic?.muted).toBe(true);
    start.answer('{"state":"listening"}');
    await settle(1_000);
    expect(room.methods()).toEqual(["start_turn", "cancel_turn"]);
    expect(mic?.muted).toBe(true);
    expect(events).toEqual([]);
  });

  it("a press right after a cancel is heard: the old turn neither mutes it nor cancels it late", async () => {
    const { transport, room, mic } = await connectedTransport();
    const [firstStart, cancelled] = [heldAnswer(), heldAnswer()];
    const held = [firstStart.promise, cancelled.promise];
    room.answerRpc = () => held[room.rpcCalls.length - 1] ?? Promise.resolve("{}");
    transport.press("turn-1", () => true);
    await settle();
    transport.cancel();
    transport.press("turn-2", () => true);
    firstStart.answer('{"state":"listening"}');
    await settle(1_000);
    // The agent ignores the payload: a cancel_turn handled after turn-2's start_turn would drop turn-2.
    expect(room.methods()).toEqual(["start_turn", "cancel_turn"]);
    cancelled.answer('{"state":"idle"}');
    await settle(1_000);
    expect(room.methods()).toEqual(["start_turn", "cancel_turn", "start_turn"]);
    expect(JSON.parse(room.rpcCalls[2]?.payload ?? "")).toEqual({ clientTurnId: "turn-2" });
    expect(mic?.muted).toBe(false);
    expect(events).toEqual([{ type: "listening" }]);
  });

  it("retries start_turn while the agent has not registered it yet, then listens", async () => {
    const { transport, room } = await connectedTransport();
    let refusals = 2;
    room.answerRpc = async () => {
      if (refusals-- > 0) throw new RpcError(RpcError.ErrorCode.UNSUPPORTED_METHOD, "Method not supported");
      return '{"state":"listening"}';
    };
    transport.press("turn-1", () => true);
    await settle(1_000);
    expect(room.methods()).toEqual(["start_turn", "start_turn", "start_turn"]);
    expect(events).toEqual([{ type: "listening" }]);
  });

  it("fails the turn and mutes on any other RPC error, and sends nothing for it on release", async () => {
    const { transport, room, mic } = await connectedTransport();
    room.answerRpc = async (call: RpcCall) => {
      throw new RpcError(RpcError.ErrorCode.APPLICATION_ERROR, `${call.method} refused`);
    };
    transport.press("turn-1", () => true);
    await settle();
    expect(events).toEqual([{ type: "failed", error: "failed" }]);
    expect(mic?.muted).toBe(true);
    transport.release();
    await settle(1_000);
    expect(room.methods()).toEqual(["start_turn"]);
  });
});

describe("an agent that stops answering", () => {
  it.each([
    RpcError.ErrorCode.RESPONSE_TIMEOUT,
    RpcError.ErrorCode.CONNECTION_TIMEOUT,
    RpcError.ErrorCode.RECIPIENT_DISCONNECTED,
  ])("ends the session on RPC error %i, so the next press is dispatched a new agent", async (code) => {
    const { transport, room, mic } = await connectedTransport();
    room.answerRpc = async (call: RpcCall) => {
      throw new RpcError(code, `${call.method}: no answer`);
    };
    transport.press("turn-1", () => true);
    await settle();
    expect(mic?.muted).toBe(true);
    expect(hooks.onClosed).toHaveBeenCalledTimes(1);
    expect(room.connected).toBe(false);
    expect(events).toEqual([]);
  });
});

describe("closing the room", () => {
  it("dispose leaves the room and stops the microphone without reporting a lost connection", async () => {
    const { transport, room, mic } = await connectedTransport();
    transport.dispose();
    await settle();
    expect(room.disconnect).toHaveBeenCalled();
    expect(room.connected).toBe(false);
    expect(mic?.stopped).toBe(true);
    expect(room.textHandlers.size).toBe(0);
    expect(hooks.onClosed).not.toHaveBeenCalled();
  });

  it("ends the session when the agent leaves (its worker died), once, and leaves the room", async () => {
    const { room } = await connectedTransport();
    room.leave({ identity: "merchant-b1-u2", isAgent: false });
    expect(hooks.onClosed).not.toHaveBeenCalled();
    room.leave(AGENT);
    await settle();
    expect(hooks.onClosed).toHaveBeenCalledTimes(1);
    expect(room.connected).toBe(false);
  });

  it("reports a room that went away on its own, once", async () => {
    const { room } = await connectedTransport();
    await room.disconnect();
    expect(hooks.onClosed).toHaveBeenCalledTimes(1);
  });
});

import { type Room, RoomEvent } from "livekit-client";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { type LiveKitHooks, listenToAgent } from "./livekit-room-events";
import type { TalkEvent } from "./talk-state";
import {
  agentParticipant,
  FakeRoom,
  MERCHANT_IDENTITY,
  MERCHANT_MIC_SID,
  resetFakeLiveKit,
  textStream,
} from "./test-livekit-fakes";

const AGENT = agentParticipant();
const OTHER = { identity: "merchant-b1-u2", isAgent: false };
const TRANSCRIPTION = "lk.transcription";
const packet = {
  turnId: "turn-stored-1",
  status: "EXECUTED",
  intent: "record_payment",
  transcript: "Rahul ne 500 diye",
  reply: "Rahul Sharma se ₹500 mile.",
  language: "hi-Latn",
};
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

let room: FakeRoom;
let events: TalkEvent[];
let hooks: LiveKitHooks;
let audio: HTMLAudioElement | null;
beforeEach(() => {
  resetFakeLiveKit();
  room = new FakeRoom();
  room.localParticipant.trackPublications.set(MERCHANT_MIC_SID, {});
  events = [];
  audio = {} as HTMLAudioElement;
  hooks = {
    dispatch: (e) => events.push(e),
    onTurnStored: vi.fn(),
    audioElement: () => audio,
    onClosed: vi.fn(),
  };
});
const listen = () => listenToAgent(room as unknown as Room, hooks);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the agent's execora.turn packet", () => {
  it("shows the stored turn and refreshes the dashboard", () => {
    listen();
    room.emit(RoomEvent.DataReceived, bytes(packet), AGENT, undefined, "execora.turn");
    expect(events).toEqual([
      { type: "result", ...packet, confirmTurnId: null, candidates: [], undoable: false, question: null },
    ]);
    expect(hooks.onTurnStored).toHaveBeenCalledTimes(1);
  });

  it("offers the candidates of a question as an open question", () => {
    listen();
    const candidates = [
      { id: "c1", name: "Rahul Sharma" },
      { id: "c2", name: "Rahul Gupta" },
    ];
    const question = { ...packet, status: "NEEDS_CONFIRMATION", confirmTurnId: packet.turnId, candidates };
    room.emit(RoomEvent.DataReceived, bytes(question), AGENT, undefined, "execora.turn");
    expect(events).toEqual([
      {
        type: "result",
        ...question,
        undoable: false,
        question: { confirmTurnId: packet.turnId, candidates, language: packet.language },
      },
    ]);
  });

  it("ignores the packet from anyone but the agent, on another topic, or malformed", () => {
    listen();
    room.emit(RoomEvent.DataReceived, bytes(packet), OTHER, undefined, "execora.turn");
    room.emit(RoomEvent.DataReceived, bytes(packet), undefined, undefined, "execora.turn");
    room.emit(RoomEvent.DataReceived, bytes(packet), AGENT, undefined, "chat");
    room.emit(
      RoomEvent.DataReceived,
      new TextEncoder().encode("{not json"),
      AGENT,
      undefined,
      "execora.turn",
    );
    room.emit(RoomEvent.DataReceived, bytes({ ...packet, turnId: "" }), AGENT, undefined, "execora.turn");
    expect(events).toEqual([]);
    expect(hooks.onTurnStored).not.toHaveBeenCalled();
  });
});

describe("the agent's state", () => {
  it("reports speaking (first audio), then finished when it goes back to listening", () => {
    listen();
    room.emit(RoomEvent.ParticipantAttributesChanged, { "lk.agent.state": "thinking" }, AGENT);
    room.emit(RoomEvent.ParticipantAttributesChanged, { "lk.agent.state": "speaking" }, AGENT);
    room.emit(RoomEvent.ParticipantAttributesChanged, { "lk.agent.state": "listening" }, AGENT);
    expect(events).toEqual([{ type: "speaking", at: expect.any(Number) }, { type: "finished" }]);
  });

  it("ignores the same attribute on anyone but the agent", () => {
    listen();
    room.emit(RoomEvent.ParticipantAttributesChanged, { "lk.agent.state": "speaking" }, OTHER);
    expect(events).toEqual([]);
  });
});

describe("live transcription", () => {
  it("shows the merchant's words (sent on their behalf for their microphone) as the transcript", async () => {
    listen();
    const mine = { "lk.transcribed_track_id": MERCHANT_MIC_SID };
    room.sendText(
      TRANSCRIPTION,
      AGENT.identity,
      textStream(["Rahul ne"], { ...mine, "lk.segment_id": "s1" }),
    );
    room.sendText(
      TRANSCRIPTION,
      AGENT.identity,
      textStream(["Rahul ne 500"], { ...mine, "lk.segment_id": "s1" }),
    );
    room.sendText(TRANSCRIPTION, MERCHANT_IDENTITY, textStream(["diye"], { "lk.segment_id": "s2" }));
    await flush();
    expect(events.at(-1)).toEqual({ type: "transcript", text: "Rahul ne 500 diye" });
    expect(events.every((e) => e.type === "transcript")).toBe(true);
  });

  it("shows the agent's reply text as it streams, and starts both afresh on the next turn", async () => {
    const listener = listen();
    const reply = { "lk.transcribed_track_id": "TR_agent_voice", "lk.segment_id": "r1" };
    room.sendText(TRANSCRIPTION, AGENT.identity, textStream(["Rahul Sharma ", "se ₹500 mile."], reply));
    await flush();
    expect(events).toEqual([
      { type: "replyText", text: "Rahul Sharma" },
      { type: "replyText", text: "Rahul Sharma se ₹500 mile." },
    ]);
    listener.newTurn();
    events.length = 0;
    room.sendText(
      TRANSCRIPTION,
      AGENT.identity,
      textStream(["Theek hai."], { ...reply, "lk.segment_id": "r2" }),
    );
    await flush();
    expect(events).toEqual([{ type: "replyText", text: "Theek hai." }]);
  });
});

describe("the agent's voice and stopping", () => {
  it("plays the agent's audio track on the page's audio element, and no one else's", () => {
    listen();
    const agentVoice = { kind: "audio", attach: vi.fn() };
    const otherVoice = { kind: "audio", attach: vi.fn() };
    room.emit(RoomEvent.TrackSubscribed, otherVoice, {}, OTHER);
    room.emit(RoomEvent.TrackSubscribed, agentVoice, {}, AGENT);
    expect(otherVoice.attach).not.toHaveBeenCalled();
    expect(agentVoice.attach).toHaveBeenCalledWith(audio);
  });

  it("hears nothing more once stopped", async () => {
    listen().stop();
    room.emit(RoomEvent.DataReceived, bytes(packet), AGENT, undefined, "execora.turn");
    room.emit(RoomEvent.ParticipantAttributesChanged, { "lk.agent.state": "speaking" }, AGENT);
    room.sendText(TRANSCRIPTION, AGENT.identity, textStream(["hello"], { "lk.segment_id": "r1" }));
    await flush();
    expect(events).toEqual([]);
  });
});

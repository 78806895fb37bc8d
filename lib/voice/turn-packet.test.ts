import { describe, expect, it } from "vitest";
import { parseTurnPacket } from "./turn-packet";

const packet = {
  turnId: "0b9d3f0e-1c2a-4c55-9a51-3d1f7f4c2b10",
  status: "EXECUTED",
  intent: "record_payment",
  transcript: "Rahul ne 500 diye",
  reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200.",
  language: "hi-Latn",
};

describe("the agent's execora.turn packet", () => {
  it("reads the turn the agent recorded from the bytes LiveKit delivers", () => {
    expect(parseTurnPacket(new TextEncoder().encode(JSON.stringify(packet)))).toEqual({
      ...packet,
      confirmTurnId: null,
      candidates: [],
      undoable: false,
    });
    // A payment the agent wrote: the page offers Undo under it.
    expect(parseTurnPacket(JSON.stringify({ ...packet, undoable: true }))).toMatchObject({ undoable: true });
  });

  it("reads the choices of a question, and treats a packet without them as asking nothing", () => {
    const question = {
      ...packet,
      status: "NEEDS_CONFIRMATION",
      confirmTurnId: packet.turnId,
      candidates: [
        { id: "c1", name: "Rahul Sharma" },
        { id: "c2", name: "Rahul Gupta" },
      ],
    };
    expect(parseTurnPacket(JSON.stringify(question))).toEqual({ ...question, undoable: false });
    expect(parseTurnPacket(JSON.stringify(packet))).toMatchObject({ confirmTurnId: null, candidates: [] });
  });

  it("ignores anything else sent into the room", () => {
    expect(parseTurnPacket("not json")).toBeNull();
    expect(parseTurnPacket(JSON.stringify({ ...packet, turnId: "" }))).toBeNull();
    expect(parseTurnPacket(JSON.stringify({ ...packet, reply: 5 }))).toBeNull();
    expect(parseTurnPacket(JSON.stringify({ hello: "world" }))).toBeNull();
  });
});

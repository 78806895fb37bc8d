import { describe, expect, it } from "vitest";
import {
  canPress,
  initialTalkState,
  pendingFirstAudioReport,
  type TalkEvent,
  type TalkState,
  talkReducer,
} from "./talk-state";

const run = (events: TalkEvent[], from: TalkState = initialTalkState) => events.reduce(talkReducer, from);
const heldAndReleased: TalkEvent[] = [
  { type: "press" },
  { type: "listening" },
  { type: "release", at: 1_000 },
];
const paymentResult: TalkEvent = {
  type: "result",
  turnId: "turn-1",
  transcript: "rahul ne five hundred rupees diye",
  reply: "Rahul Sharma se ₹500 mile.",
  language: "hi-Latn",
};

describe("push-to-talk turn state", () => {
  it("goes connecting → listening → thinking → speaking → done over one turn", () => {
    const turn: TalkEvent[] = [
      ...heldAndReleased,
      paymentResult,
      { type: "speaking", at: 1_840 },
      { type: "finished" },
    ];
    const phases: string[] = [];
    turn.reduce((state, event) => {
      const next = talkReducer(state, event);
      if (next.phase !== phases.at(-1)) phases.push(next.phase);
      return next;
    }, initialTalkState);
    expect(phases).toEqual(["connecting", "listening", "thinking", "speaking", "done"]);
  });

  it("measures release to first audio once, whatever order the turn id and the audio arrive in", () => {
    const audioFirst = run([...heldAndReleased, { type: "speaking", at: 1_840.4 }, paymentResult]);
    expect(audioFirst.firstAudioMs).toBe(840);
    expect(pendingFirstAudioReport(audioFirst)).toEqual({ turnId: "turn-1", firstAudioMs: 840 });
    const resultFirst = run([...heldAndReleased, paymentResult, { type: "speaking", at: 2_500 }]);
    expect(pendingFirstAudioReport(resultFirst)).toEqual({ turnId: "turn-1", firstAudioMs: 1_500 });
    // The agent may speak in several bursts: only the first counts.
    const again = run([{ type: "speaking", at: 9_000 }], resultFirst);
    expect(again.firstAudioMs).toBe(1_500);
  });

  it("reports a measurement once, and never one without a stored turn or over two minutes", () => {
    const spoken = run([...heldAndReleased, paymentResult, { type: "speaking", at: 1_300 }]);
    expect(pendingFirstAudioReport(run([{ type: "reported" }], spoken))).toBeNull();
    const nothingHeard = run([
      ...heldAndReleased,
      { type: "result", turnId: null, reply: "Kuch sunai nahi diya.", language: null },
      { type: "speaking", at: 1_300 },
    ]);
    expect(nothingHeard.firstAudioMs).toBe(300);
    expect(pendingFirstAudioReport(nothingHeard)).toBeNull();
    const tooLate = run([...heldAndReleased, paymentResult, { type: "speaking", at: 1_000 + 120_001 }]);
    expect(pendingFirstAudioReport(tooLate)).toBeNull();
  });

  it("cancelling a held turn goes back to idle and drops what was heard", () => {
    const cancelled = run([
      { type: "press" },
      { type: "listening" },
      { type: "transcript", text: "rahul ne" },
      { type: "cancel" },
    ]);
    expect(cancelled).toEqual(initialTalkState);
    // A late reply for the cancelled turn is not shown.
    expect(run([paymentResult, { type: "speaking", at: 5 }], cancelled)).toEqual(initialTalkState);
  });

  it("ignores a second press while recording or thinking, but lets a new turn interrupt speech", () => {
    const listening = run([{ type: "press" }, { type: "listening" }]);
    expect(run([{ type: "press" }], listening)).toBe(listening);
    const thinking = run(heldAndReleased);
    expect(canPress(thinking.phase)).toBe(false);
    expect(run([{ type: "press" }], thinking)).toBe(thinking);
    const speaking = run([...heldAndReleased, paymentResult, { type: "speaking", at: 1_500 }]);
    const next = run([{ type: "press" }], speaking);
    expect(next).toMatchObject({
      phase: "connecting",
      transcript: "",
      reply: "",
      turnId: null,
      firstAudioMs: null,
    });
  });

  it("shows the live transcript and streamed reply text, then the stored result", () => {
    const streaming = run([
      { type: "press" },
      { type: "listening" },
      { type: "transcript", text: "rahul ne five" },
      { type: "release", at: 1_000 },
      { type: "transcript", text: "rahul ne five hundred diye" },
      { type: "replyText", text: "Rahul Sharma se" },
    ]);
    expect(streaming).toMatchObject({ transcript: "rahul ne five hundred diye", reply: "Rahul Sharma se" });
    const stored = run([paymentResult], streaming);
    expect(stored).toMatchObject({
      transcript: "rahul ne five hundred rupees diye",
      reply: "Rahul Sharma se ₹500 mile.",
      language: "hi-Latn",
    });
  });

  it("an error ends the turn with its reason and the next press starts clean", () => {
    const failed = run([{ type: "press" }, { type: "failed", error: "micDenied" }]);
    expect(failed).toMatchObject({ phase: "error", error: "micDenied" });
    expect(run([{ type: "press" }], failed)).toMatchObject({ phase: "connecting", error: null });
  });

  it("keeps a question open until it is answered, and a new press drops it", () => {
    const question = {
      confirmTurnId: "turn-2",
      candidates: [
        { id: "c1", name: "Rahul Sharma" },
        { id: "c2", name: "Rahul Gupta" },
      ],
    };
    const asked = run([
      ...heldAndReleased,
      { ...paymentResult, turnId: "turn-2", reply: "Rahul Sharma ya Rahul Gupta?", question },
      { type: "finished" },
    ]);
    expect(asked).toMatchObject({ phase: "done", question });
    const answered = run(
      [{ type: "answered", reply: "Rahul Gupta se ₹500 mile. Baaki ₹300.", question: null }],
      asked,
    );
    expect(answered).toMatchObject({ reply: "Rahul Gupta se ₹500 mile. Baaki ₹300.", question: null });
    // A late answer to a question that is no longer on screen changes nothing.
    expect(run([{ type: "answered", reply: "late", question: null }], answered).reply).toBe(answered.reply);
    expect(run([{ type: "press" }], asked).question).toBeNull();
  });

  it("offers Undo under a reply that wrote something, until the next press or the Undo question", () => {
    const wrote = run([...heldAndReleased, { ...paymentResult, undoable: true }, { type: "finished" }]);
    expect(wrote.undoTurnId).toBe("turn-1");
    expect(run([...heldAndReleased, paymentResult]).undoTurnId).toBeNull();
    const asked = run(
      [
        {
          type: "undoAsked",
          reply: "Rahul Sharma ka ₹500 payment hata doon? Haan ya nahi?",
          question: { confirmTurnId: "turn-2", candidates: [] },
        },
      ],
      wrote,
    );
    expect(asked).toMatchObject({ undoTurnId: null, question: { confirmTurnId: "turn-2" } });
    expect(run([{ type: "press" }], wrote).undoTurnId).toBeNull();
    // A payment confirmed with the Yes button can be undone from there too.
    const question = { confirmTurnId: "turn-3", candidates: [] };
    const confirmed = run(
      [{ type: "answered", reply: "Rahul Sharma se ₹500 mile.", question: null, undoTurnId: "turn-3" }],
      { ...wrote, question },
    );
    expect(confirmed.undoTurnId).toBe("turn-3");
  });
});

import { initializeLogger, stt } from "@livekit/agents";
import { beforeAll, describe, expect, it } from "vitest";
import { localPocketsphinx } from "../../server/voice/stt/local-pocketsphinx";
import type { SttHints } from "../../server/voice/stt/types";
import { trimSilence } from "./pcm";
import { spokenFrames } from "./test-audio";
import { TurnSTT } from "./turn-stt";

const shop: SttHints = { customerNames: ["Rahul Sharma", "Priya Verma"], productNames: ["Basmati Rice"] };

/** Everything the stream emitted until `finish` resolved (it emits only when a turn ends). */
async function transcriptsOf(stream: stt.SpeechStream, finish: () => Promise<void>) {
  const events: stt.SpeechEvent[] = [];
  const reading = (async () => {
    for await (const event of stream) events.push(event);
  })();
  await finish();
  stream.endInput();
  await reading;
  return events.map((event) => `${stt.SpeechEventType[event.type]} ${event.alternatives?.[0].text ?? ""}`);
}

describe("the whole-turn recogniser (local pocketsphinx) as a LiveKit STT", () => {
  beforeAll(() => initializeLogger({ pretty: false, level: "fatal" }));

  it("hears a spoken payment when the turn is released, from frames at the room's rate", async () => {
    const engine = new TurnSTT({ speech: localPocketsphinx(), hints: async () => shop });
    const stream = engine.stream();
    for (const frame of spokenFrames("Rahul ne five hundred rupees diye")) stream.pushFrame(frame);
    const events = await transcriptsOf(stream, () => engine.finishTurn());
    expect(events).toEqual(["FINAL_TRANSCRIPT rahul ne five hundred rupees diye"]);
  });

  it("cuts the quiet before the first word and after the last to a quarter second", () => {
    const speech = new Int16Array(8_000).fill(12_000);
    const turn = new Int16Array(24_000 + 8_000 + 16_000).fill(2);
    turn.set(speech, 24_000);
    // Seen in the room: a press 1.3 s before speaking made pocketsphinx hear "pehla" for a payment.
    const kept = trimSilence(turn);
    expect(kept.length / 2 / 16_000).toBeCloseTo(0.25 + 0.5 + 0.25, 2);
    expect(trimSilence(new Int16Array(1_600)).length).toBe(3_200);
  });

  it("drops what was heard before a new press (or a cancel): only the new turn is transcribed", async () => {
    const engine = new TurnSTT({ speech: localPocketsphinx(), hints: async () => shop });
    const stream = engine.stream();
    for (const frame of spokenFrames("Priya ka kitna baaki hai")) stream.pushFrame(frame);
    // Let the queued frames reach the stream before the press that discards them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    engine.discardTurn();
    for (const frame of spokenFrames("Rahul ne five hundred rupees diye")) stream.pushFrame(frame);
    const events = await transcriptsOf(stream, () => engine.finishTurn());
    expect(events).toEqual(["FINAL_TRANSCRIPT rahul ne five hundred rupees diye"]);
  });

  it("reads the shop's names at every turn: a customer added mid-session is heard", async () => {
    let hints = shop;
    const engine = new TurnSTT({ speech: localPocketsphinx(), hints: async () => hints });
    const stream = engine.stream();
    const events: string[] = [];
    const reading = (async () => {
      for await (const event of stream) events.push(event.alternatives?.[0].text ?? "");
    })();
    hints = { ...shop, customerNames: [...shop.customerNames, "Suresh"] };
    for (const frame of spokenFrames("Suresh ne five hundred rupees diye")) stream.pushFrame(frame);
    await engine.finishTurn();
    stream.endInput();
    await reading;
    expect(events).toEqual(["suresh ne five hundred rupees diye"]);
  });

  it("emits nothing for a release with no audio, and the session goes on", async () => {
    const engine = new TurnSTT({ speech: localPocketsphinx(), hints: async () => shop });
    const stream = engine.stream();
    const events = await transcriptsOf(stream, async () => {
      await engine.finishTurn();
      for (const frame of spokenFrames("nahi")) stream.pushFrame(frame);
      await engine.finishTurn();
    });
    expect(events).toEqual(["FINAL_TRANSCRIPT nahi"]);
  });

  it("a recogniser that fails costs the turn, is reported once, and the next turn is heard", async () => {
    const local = localPocketsphinx();
    let down = true;
    const speech = {
      name: "openai" as const,
      transcribe: (wav: Buffer, hints: SttHints) =>
        down ? Promise.reject(new Error("speech-to-text returned 503")) : local.transcribe(wav, hints),
    };
    const engine = new TurnSTT({ speech, hints: async () => shop });
    const stream = engine.stream();
    const events = await transcriptsOf(stream, async () => {
      for (const frame of spokenFrames("nahi")) stream.pushFrame(frame);
      await engine.finishTurn();
      expect(engine.takeTurnFailed()).toBe(true);
      expect(engine.takeTurnFailed()).toBe(false);
      down = false;
      for (const frame of spokenFrames("haan")) stream.pushFrame(frame);
      await engine.finishTurn();
      expect(engine.takeTurnFailed()).toBe(false);
    });
    // Only the second turn reached the output (pocketsphinx may add "ji" under load).
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^FINAL_TRANSCRIPT haan/);
  });

  it("recognises a whole buffer without a stream (recognize)", async () => {
    const engine = new TurnSTT({ speech: localPocketsphinx(), hints: async () => shop });
    const event = await engine.recognize(spokenFrames("Priya ka kitna baaki hai"));
    expect(event.type).toBe(stt.SpeechEventType.FINAL_TRANSCRIPT);
    expect(event.alternatives?.[0].text).toBe("priya ka kitna baaki hai");
  });
});

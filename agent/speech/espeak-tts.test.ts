import { initializeLogger, type tts } from "@livekit/agents";
import { beforeAll, describe, expect, it } from "vitest";
import { replies } from "../../server/voice/engine/replies";
import { localPocketsphinx } from "../../server/voice/stt/local-pocketsphinx";
import { ESPEAK_SAMPLE_RATE, EspeakTTS, espeakVoice, speakableText } from "./espeak-tts";
import { TurnSTT } from "./turn-stt";

async function framesOf(stream: tts.ChunkedStream) {
  const audio = [];
  for await (const chunk of stream) audio.push(chunk);
  return audio;
}

const peak = (samples: Int16Array) => samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);

describe("espeak-ng replies as a LiveKit TTS", () => {
  beforeAll(() => initializeLogger({ pretty: false, level: "fatal" }));

  it("speaks a Hinglish reply as 16-bit mono frames at the rate it declares, the last one final", async () => {
    const engine = new EspeakTTS();
    expect(engine.sampleRate).toBe(ESPEAK_SAMPLE_RATE);
    expect(engine.numChannels).toBe(1);
    const audio = await framesOf(engine.synthesize("Rahul Sharma se ₹500 mile. Baaki ₹1,200."));
    expect(audio.length).toBeGreaterThan(10);
    for (const { frame } of audio) {
      expect(frame.sampleRate).toBe(ESPEAK_SAMPLE_RATE);
      expect(frame.channels).toBe(1);
      expect(frame.data).toBeInstanceOf(Int16Array);
    }
    expect(audio.map((chunk) => chunk.final)).toEqual([...audio.slice(1).map(() => false), true]);
    const seconds = audio.reduce((sum, { frame }) => sum + frame.samplesPerChannel, 0) / ESPEAK_SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(1.5);
    expect(Math.max(...audio.map(({ frame }) => peak(frame.data)))).toBeGreaterThan(3000);
  });

  it("speaks Devanagari with the Hindi voice and romanised replies with Indian English", async () => {
    expect(espeakVoice("राहुल शर्मा से ₹500 मिले")).toBe("hi");
    expect(espeakVoice("Rahul Sharma se ₹500 mile")).toBe("en-in");
    const hindi = await framesOf(new EspeakTTS().synthesize("राहुल शर्मा से पाँच सौ रुपये मिले"));
    const seconds = hindi.reduce((sum, { frame }) => sum + frame.samplesPerChannel, 0) / ESPEAK_SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(1);
  });

  it("speaks the engine's Devanagari replies with the Hindi voice, Latin customer names and all", () => {
    const credit = {
      kind: "record_credit",
      customerId: "c1",
      customerName: "Rahul Sharma",
      amountPaise: 1_200,
    } as const;
    const devanagari = [
      replies.paymentRecorded("deva", "Rahul Sharma", 50_000, 120_000),
      replies.confirm("deva", credit),
      replies.whichOne("deva", ["Rahul Sharma", "Rahul Gupta"]),
    ];
    for (const reply of devanagari) expect(espeakVoice(reply), reply).toBe("hi");
    expect(espeakVoice(replies.paymentRecorded("hi", "Rahul Sharma", 50_000, 120_000))).toBe("en-in");
    expect(speakableText(devanagari[0] ?? "")).toBe("Rahul Sharma से 500 रुपये मिले। बाकी 1200 रुपये।");
  });

  it("says amounts the way a merchant does: the number, then rupees", () => {
    expect(speakableText("Baaki ₹1,200.")).toBe("Baaki 1200 rupees.");
    expect(speakableText("बाकी ₹1,200.50")).toBe("बाकी 1200.50 रुपये");
  });

  it("is understood: its spoken payment is heard back by the local recogniser", async () => {
    const audio = await framesOf(new EspeakTTS().synthesize("Rahul ne five hundred rupees diye"));
    const hearer = new TurnSTT({
      speech: localPocketsphinx(),
      hints: async () => ({ customerNames: ["Rahul Sharma"], productNames: [] }),
    });
    const heard = await hearer.recognize(audio.map(({ frame }) => frame));
    expect(heard.alternatives?.[0].text).toBe("rahul ne five hundred rupees diye");
  });

  it("speaks nothing when espeak-ng is missing, without failing the session", async () => {
    const broken = new EspeakTTS({ command: "/nonexistent/espeak-ng" });
    const errors: unknown[] = [];
    broken.on("error", (event) => errors.push(event));
    const audio = await framesOf(broken.synthesize("Baaki ₹1,200."));
    expect(audio).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { AudioFrame } from "@livekit/rtc-node";
import { describe, expect, it } from "vitest";
import { framesToWav, joinFrames, readWav } from "./pcm";

const frame = (value: number) => new AudioFrame(new Int16Array(160).fill(value), 16_000, 1, 160);

describe("a turn's frames become one recording", () => {
  it("keeps every sample in order", () => {
    const joined = joinFrames([frame(1), frame(2), frame(3)]);
    expect(joined.samplesPerChannel).toBe(480);
    expect([joined.data[0], joined.data[160], joined.data[479]]).toEqual([1, 2, 3]);
  });

  it("a 30 s press of 10 ms room frames is ready for the recogniser at once (the framework's merge took minutes)", () => {
    const frames = Array.from({ length: 3_000 }, (_, index) => frame(index % 2 === 0 ? 4_000 : -4_000));
    const started = performance.now();
    const { pcm } = readWav(framesToWav(frames));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pcm.length).toBe(3_000 * 160);
  });

  it("refuses frames of different rates in one turn", () => {
    expect(() => joinFrames([frame(1), new AudioFrame(new Int16Array(480), 48_000, 1, 480)])).toThrow(
      "differ in rate",
    );
  });
});

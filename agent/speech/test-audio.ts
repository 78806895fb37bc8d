import { AudioFrame } from "@livekit/rtc-node";
import { spokenClip } from "../../server/voice/stt/test-clip";
import { readWav } from "./pcm";

/** A sentence spoken by espeak-ng, cut into 20 ms frames the way a room delivers audio. */
export function spokenFrames(sentence: string): AudioFrame[] {
  const { sampleRate, pcm } = readWav(spokenClip(sentence));
  const step = sampleRate / 50;
  const frames: AudioFrame[] = [];
  for (let start = 0; start < pcm.length; start += step) {
    const samples = pcm.slice(start, Math.min(pcm.length, start + step));
    frames.push(new AudioFrame(samples, sampleRate, 1, samples.length));
  }
  return frames;
}

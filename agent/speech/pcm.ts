import type { AudioBuffer } from "@livekit/agents";
import { AudioFrame, AudioResampler } from "@livekit/rtc-node";
import { SAMPLE_RATE, wavFile } from "../../server/voice/offline/convert-audio";

/** 16-bit mono PCM at one rate as a WAV file's bytes (what the offline recognisers take). */
export function framesToWav(buffer: AudioBuffer): Buffer {
  const frames = Array.isArray(buffer) ? buffer : [buffer];
  if (frames.length === 0) return wavFile(Buffer.alloc(0));
  const merged = mono(joinFrames(frames));
  const at16k = merged.sampleRate === SAMPLE_RATE ? [merged] : resample(merged, SAMPLE_RATE);
  const pcm = Buffer.concat(
    at16k.map((frame) => Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength)),
  );
  return wavFile(trimSilence(new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2)));
}

/**
 * One frame holding all of `frames`, in one copy. The framework's mergeFrames re-copies everything
 * so far for every frame (quadratic): a 3 s turn of 10 ms frames blocked the job for 2–6 s before
 * pocketsphinx even started, and a 7 s turn for 20 s.
 */
export function joinFrames(frames: readonly AudioFrame[]): AudioFrame {
  const [first] = frames;
  if (!first) throw new TypeError("no frames to join");
  let length = 0;
  for (const frame of frames) {
    if (frame.sampleRate !== first.sampleRate || frame.channels !== first.channels) {
      throw new TypeError("frames of one turn differ in rate or channels");
    }
    length += frame.data.length;
  }
  const data = new Int16Array(length);
  let offset = 0;
  for (const frame of frames) {
    data.set(frame.data, offset);
    offset += frame.data.length;
  }
  return new AudioFrame(data, first.sampleRate, first.channels, length / first.channels);
}

const WINDOW = SAMPLE_RATE / 50; // 20 ms
const MARGIN = (SAMPLE_RATE / 1000) * 250;

/**
 * The turn without the quiet before the first word and after the last (a quarter second kept
 * each side). A press usually comes a second or so before the merchant speaks; pocketsphinx
 * misreads a short sentence after a long stretch of near-digital silence ("pehla" for a whole
 * payment, seen in the room test). Quiet: a 20 ms window whose peak is under a tenth of the turn's.
 */
export function trimSilence(samples: Int16Array): Buffer {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  const loud = Math.max(300, peak / 10);
  const windowPeak = (start: number) => {
    let max = 0;
    for (let index = start; index < Math.min(samples.length, start + WINDOW); index++) {
      max = Math.max(max, Math.abs(samples[index] ?? 0));
    }
    return max;
  };
  let first = -1;
  let last = -1;
  for (let start = 0; start < samples.length; start += WINDOW) {
    if (windowPeak(start) < loud) continue;
    if (first < 0) first = start;
    last = start + WINDOW;
  }
  const kept =
    first < 0
      ? samples
      : samples.subarray(Math.max(0, first - MARGIN), Math.min(samples.length, last + MARGIN));
  return Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength);
}

function mono(frame: AudioFrame): AudioFrame {
  if (frame.channels === 1) return frame;
  const samples = new Int16Array(frame.samplesPerChannel);
  for (let index = 0; index < frame.samplesPerChannel; index++) {
    let sum = 0;
    for (let channel = 0; channel < frame.channels; channel++) {
      sum += frame.data[index * frame.channels + channel] ?? 0;
    }
    samples[index] = Math.round(sum / frame.channels);
  }
  return new AudioFrame(samples, frame.sampleRate, 1, frame.samplesPerChannel);
}

function resample(frame: AudioFrame, rate: number): AudioFrame[] {
  const resampler = new AudioResampler(frame.sampleRate, rate, 1);
  return [...resampler.push(frame), ...resampler.flush()];
}

export type PcmWav = { sampleRate: number; channels: number; pcm: Int16Array };

/**
 * The PCM of a 16-bit WAV. espeak-ng writing to stdout cannot seek back, so its data size is a
 * placeholder: the samples are whatever follows the "data" chunk header.
 */
export function readWav(wav: Buffer): PcmWav {
  if (wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE") {
    throw new Error("not a WAV file");
  }
  let offset = 12;
  let format: { sampleRate: number; channels: number } | null = null;
  while (offset + 8 <= wav.length) {
    const id = wav.toString("ascii", offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === "fmt ") {
      if (wav.readUInt16LE(offset + 8) !== 1 || wav.readUInt16LE(offset + 22) !== 16) {
        throw new Error("only 16-bit PCM WAV is supported");
      }
      format = { channels: wav.readUInt16LE(offset + 10), sampleRate: wav.readUInt32LE(offset + 12) };
    }
    if (id === "data") {
      if (!format) throw new Error("WAV data before its format");
      const start = offset + 8;
      const end = Math.min(wav.length, start + size);
      const body = Buffer.from(wav.subarray(start, end - ((end - start) % 2)));
      return { ...format, pcm: new Int16Array(body.buffer, body.byteOffset, body.length / 2) };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error("WAV without data");
}

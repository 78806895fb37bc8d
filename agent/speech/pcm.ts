import { type AudioBuffer, mergeFrames } from "@livekit/agents";
import { AudioFrame, AudioResampler } from "@livekit/rtc-node";
import { SAMPLE_RATE, wavFile } from "../../server/voice/offline/convert-audio";

/** 16-bit mono PCM at one rate as a WAV file's bytes (what the offline recognisers take). */
export function framesToWav(buffer: AudioBuffer): Buffer {
  const frames = Array.isArray(buffer) ? buffer : [buffer];
  if (frames.length === 0) return wavFile(Buffer.alloc(0));
  const merged = mono(mergeFrames(frames));
  const at16k = merged.sampleRate === SAMPLE_RATE ? [merged] : resample(merged, SAMPLE_RATE);
  const pcm = Buffer.concat(
    at16k.map((frame) => Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength)),
  );
  return wavFile(pcm);
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

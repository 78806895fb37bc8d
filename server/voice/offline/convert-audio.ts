import { runProcess } from "../stt/run-process";

export const SAMPLE_RATE = 16_000;
// Read a little past the limit so "too long" can be told apart from "exactly 30 s".
const CAP_SECONDS = 30.5;

export type ConvertedClip = { wav: Buffer; seconds: number; peak: number };

/** Any browser clip (webm/opus, ogg, mp4, wav) → 16 kHz mono s16le WAV via ffmpeg pipes. */
export async function convertToWav(
  clip: Buffer,
  options: { timeoutMs?: number } = {},
): Promise<ConvertedClip> {
  const pcm = await runProcess(
    "ffmpeg",
    [
      ...["-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-t", String(CAP_SECONDS)],
      ...["-ac", "1", "-ar", String(SAMPLE_RATE), "-f", "s16le", "pipe:1"],
    ],
    { input: clip, timeoutMs: options.timeoutMs ?? 10_000, maxOutputBytes: 2 * SAMPLE_RATE * 32 },
  );
  const even = pcm.subarray(0, pcm.length - (pcm.length % 2));
  let peak = 0;
  for (let offset = 0; offset < even.length; offset += 2) {
    peak = Math.max(peak, Math.abs(even.readInt16LE(offset)));
  }
  return { wav: wavFile(even), seconds: even.length / 2 / SAMPLE_RATE, peak: peak / 32768 };
}

// Raw PCM from ffmpeg plus a header written here: a piped WAV has no sizes (ffmpeg cannot seek back).
export function wavFile(pcm: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

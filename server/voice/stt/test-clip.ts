import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A sentence spoken by espeak-ng (as the e2e microphone does), as the WAV bytes it wrote. */
export function spokenClip(sentence: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "execora-clip-"));
  try {
    const path = join(dir, "clip.wav");
    execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", path, sentence]);
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

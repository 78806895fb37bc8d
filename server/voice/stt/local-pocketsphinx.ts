import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wavFile } from "../offline/convert-audio";
import { shopGrammar } from "./grammar-cache";
import { POCKETSPHINX_MODEL_DIR } from "./pronunciations";
import { runProcess } from "./run-process";
import { type SpeechToText, STT_TIMEOUT_MS, type SttHints } from "./types";

/**
 * Debian's pocketsphinx (0.8 CLI) constrained to a JSGF grammar of this shop's names, products and
 * command phrases: no network, no model download, and a small search space keeps it accurate.
 */
export function localPocketsphinx(options: { command?: string; modelDir?: string } = {}): SpeechToText {
  const command = options.command ?? "pocketsphinx_continuous";
  const modelDir = options.modelDir ?? POCKETSPHINX_MODEL_DIR;
  return {
    name: "local",
    async transcribe(wav: Buffer, hints: SttHints) {
      const started = performance.now();
      const dir = await mkdtemp(join(tmpdir(), "execora-stt-"));
      try {
        const { jsgf, dict } = await shopGrammar(hints);
        const paths = {
          wav: join(dir, "clip.wav"),
          jsgf: join(dir, "shop.jsgf"),
          dict: join(dir, "shop.dict"),
        };
        await Promise.all([
          writeFile(paths.wav, withSilence(wav)),
          writeFile(paths.jsgf, jsgf),
          writeFile(paths.dict, dict),
        ]);
        const output = await runProcess(
          command,
          [
            ...[
              "-infile",
              paths.wav,
              "-hmm",
              join(modelDir, "en-us"),
              "-jsgf",
              paths.jsgf,
              "-dict",
              paths.dict,
            ],
            // Wider beams than the default: with a small grammar they cost little and stop short
            // words ("ne", "ko") from being pruned, which otherwise leaves no complete parse.
            ...["-beam", "1e-60", "-wbeam", "1e-40", "-pbeam", "1e-60", "-logfn", "/dev/null"],
          ],
          { timeoutMs: STT_TIMEOUT_MS },
        );
        // One line per utterance it found; lines that match nothing are empty.
        const text = output
          .toString("utf8")
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .join(" ");
        return { text, ms: Math.round(performance.now() - started) };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

// Its voice-activity detector only ends an utterance after silence; a clip cut mid-word (or a
// synthetic one with no lead-in) otherwise yields nothing. Half a second each side, 16 kHz s16le.
function withSilence(wav: Buffer): Buffer {
  const pad = Buffer.alloc(16_000);
  return wavFile(Buffer.concat([pad, wav.subarray(44), pad]));
}

import { type APIConnectOptions, AudioByteStream, shortuuid, tts } from "@livekit/agents";
import { logger } from "../../server/logger";
import { runProcess } from "../../server/voice/stt/run-process";
import { readWav } from "./pcm";

/** espeak-ng writes 22.05 kHz mono 16-bit PCM for every voice. */
export const ESPEAK_SAMPLE_RATE = 22_050;
const ESPEAK_TIMEOUT_MS = 10_000;
const DEVANAGARI = /[\u0900-\u097F]/;

/** Hindi for Devanagari text, Indian English for the romanised Hinglish replies and English. */
export function espeakVoice(text: string): "hi" | "en-in" {
  return DEVANAGARI.test(text) ? "hi" : "en-in";
}

/** "₹1,200" is read "rupee one thousand two hundred"; say the amount first, as a merchant does. */
export function speakableText(text: string): string {
  const rupees = DEVANAGARI.test(text) ? "रुपये" : "rupees";
  return text.replace(
    /₹\s?([\d,]+(?:\.\d+)?)/g,
    (_, amount: string) => `${amount.replace(/,/g, "")} ${rupees}`,
  );
}

/** Spoken replies with espeak-ng on this machine: no network, no model download. */
export class EspeakTTS extends tts.TTS {
  label = "execora.EspeakTTS";
  readonly #command: string;

  constructor(options: { command?: string } = {}) {
    super(ESPEAK_SAMPLE_RATE, 1, { streaming: false });
    this.#command = options.command ?? "espeak-ng";
  }

  override get provider() {
    return "espeak-ng";
  }

  synthesize(text: string, connOptions?: APIConnectOptions, abortSignal?: AbortSignal): tts.ChunkedStream {
    return new EspeakStream(this, text, this.#command, connOptions, abortSignal);
  }

  stream(): tts.SynthesizeStream {
    throw new Error("espeak-ng synthesises whole sentences: the framework wraps it in a StreamAdapter");
  }
}

class EspeakStream extends tts.ChunkedStream {
  label = "execora.EspeakStream";

  constructor(
    engine: EspeakTTS,
    private readonly text: string,
    private readonly command: string,
    connOptions?: APIConnectOptions,
    abortSignal?: AbortSignal,
  ) {
    super(text, engine, connOptions, abortSignal);
  }

  protected async run() {
    try {
      const requestId = shortuuid();
      const frames = await this.frames();
      frames.forEach((frame, index) => {
        this.queue.put({ requestId, segmentId: requestId, frame, final: index === frames.length - 1 });
      });
    } catch (error) {
      // Nothing is spoken; the page still shows the reply. Thrown, it would be an unhandled
      // rejection in the framework's ChunkedStream and end the job process.
      logger.warn({ event: "voice_tts_failed", err: error }, "reply not spoken");
    } finally {
      this.queue.close();
    }
  }

  private async frames() {
    const wav = await runProcess(
      this.command,
      ["-v", espeakVoice(this.text), "-s", "150", "--stdout", speakableText(this.text)],
      { timeoutMs: ESPEAK_TIMEOUT_MS, maxOutputBytes: 16 * 1024 * 1024 },
    );
    const { sampleRate, channels, pcm } = readWav(wav);
    if (sampleRate !== ESPEAK_SAMPLE_RATE || channels !== 1) {
      throw new Error(`espeak-ng wrote ${sampleRate} Hz × ${channels}, not ${ESPEAK_SAMPLE_RATE} Hz mono`);
    }
    // 100 ms frames, the last one shorter: the room's audio source paces them.
    const bytes = new AudioByteStream(sampleRate, 1, sampleRate / 10);
    return [...bytes.write(pcm.slice().buffer), ...bytes.flush()];
  }
}

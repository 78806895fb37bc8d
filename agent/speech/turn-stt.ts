import { type AudioBuffer, asLanguageCode, stt } from "@livekit/agents";
import type { AudioFrame } from "@livekit/rtc-node";
import { logger } from "../../server/logger";
import { SAMPLE_RATE } from "../../server/voice/offline/convert-audio";
import type { SpeechToText, SttHints } from "../../server/voice/stt/types";
import { framesToWav } from "./pcm";

export type TurnTranscriber = {
  /** The provider the offline clip path uses (local pocketsphinx, or OpenAI's REST endpoint). */
  speech: SpeechToText;
  /** This shop's names and products, read per turn so a customer added a minute ago is heard. */
  hints: () => Promise<SttHints>;
};

/**
 * A whole-turn recogniser as an @livekit/agents STT: the session's stream collects the 16 kHz
 * audio of the turn, and the turn's audio is transcribed when it ends — with push-to-talk the
 * release is the end, so there is no VAD guessing and no word is cut by a pause. `finishTurn`
 * (called by end_turn before the turn is committed) makes the stream transcribe what it heard and
 * emit a FINAL_TRANSCRIPT; `discardTurn` (start_turn, cancel_turn) drops it.
 */
export class TurnSTT extends stt.STT {
  label: string;
  readonly #transcriber: TurnTranscriber;
  #current: TurnStream | null = null;
  #lastTurnFailed = false;

  constructor(transcriber: TurnTranscriber) {
    super({ streaming: true, interimResults: false });
    this.#transcriber = transcriber;
    this.label = `execora.TurnSTT<${transcriber.speech.name}>`;
  }

  override get provider() {
    return this.#transcriber.speech.name;
  }

  protected async _recognize(buffer: AudioBuffer): Promise<stt.SpeechEvent> {
    return finalTranscript(await this.transcribe(buffer));
  }

  /** The words in `buffer` ("" when none), with the shop's grammar. */
  async transcribe(buffer: AudioBuffer): Promise<string> {
    const hints = await this.#transcriber.hints();
    return (await this.#transcriber.speech.transcribe(framesToWav(buffer), hints)).text.trim();
  }

  stream(): TurnStream {
    this.#current = new TurnStream(this);
    return this.#current;
  }

  /** Transcribes the turn heard so far; resolves once its transcript (if any) is emitted. */
  finishTurn(): Promise<void> {
    return this.#current?.finish() ?? Promise.resolve();
  }

  discardTurn(): void {
    this.#current?.discard();
  }

  /** Whether the last turn went untranscribed because the recogniser failed; asked once per turn. */
  takeTurnFailed(): boolean {
    const failed = this.#lastTurnFailed;
    this.#lastTurnFailed = false;
    return failed;
  }

  /** @internal the stream reports each turn's outcome. */
  reportTurn(failed: boolean) {
    this.#lastTurnFailed = failed;
  }
}

function finalTranscript(text: string): stt.SpeechEvent {
  return {
    type: stt.SpeechEventType.FINAL_TRANSCRIPT,
    alternatives: [
      { text, language: asLanguageCode("hi"), startTime: 0, endTime: 0, confidence: text ? 1 : 0 },
    ],
  };
}

export class TurnStream extends stt.SpeechStream {
  label = "execora.TurnStream";
  readonly #engine: TurnSTT;
  #frames: AudioFrame[] = [];
  #waiting: Array<() => void> = [];

  constructor(engine: TurnSTT) {
    super(engine, SAMPLE_RATE);
    this.#engine = engine;
  }

  finish(): Promise<void> {
    if (this.closed || this.input.closed) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.#waiting.push(resolve));
    // Through the input queue, so every frame pushed before the release is in the turn.
    this.flush();
    return done;
  }

  discard() {
    this.#frames = [];
  }

  protected async run() {
    try {
      for await (const input of this.input) {
        if (input !== stt.SpeechStream.FLUSH_SENTINEL) {
          this.#frames.push(input);
          continue;
        }
        const frames = this.#frames;
        this.#frames = [];
        const waiting = this.#waiting.shift();
        try {
          const text = frames.length > 0 ? await this.#engine.transcribe(frames) : "";
          this.#engine.reportTurn(false);
          if (text) this.output.put(finalTranscript(text));
        } catch (error) {
          // The agent tells the merchant to type instead (ExecoraAgent); the stream lives on.
          this.#engine.reportTurn(true);
          logger.warn({ event: "voice_stt_failed", err: error }, "turn not transcribed");
        } finally {
          waiting?.();
        }
      }
    } finally {
      for (const resolve of this.#waiting.splice(0)) resolve();
    }
  }
}

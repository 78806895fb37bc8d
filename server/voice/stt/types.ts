/** Words the recogniser should expect: this shop's customer and product names. */
export type SttHints = { customerNames: string[]; productNames: string[] };

export type Transcript = { text: string; ms: number };

/** One provider: a 16 kHz mono s16le WAV in, the words heard out. */
export interface SpeechToText {
  readonly name: "local" | "deepgram" | "openai";
  transcribe(wav: Buffer, hints: SttHints): Promise<Transcript>;
}

export const STT_TIMEOUT_MS = 15_000;

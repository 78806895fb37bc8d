import { outboundFetch } from "../../resilience/outbound-fetch";
import type { SpeechToText, SttHints } from "./types";

/** The provider could not transcribe: down, too slow, refusing our key, or its circuit is open. */
export class SttProviderError extends Error {
  override readonly name = "SttProviderError";
}

// A transcription has no side effects, so it may be sent again; once only, as a person is
// waiting: two tries of 8 s and the backoff stay under agent/turn-control's TRANSCRIBE_LIMIT_MS.
const STT_CALL = { timeoutMs: 8_000, idempotent: true, retries: 1 } as const;

async function postForJson(url: string, init: RequestInit): Promise<unknown> {
  const response = await outboundFetch("stt", STT_CALL, url, init).catch((error: unknown) => {
    throw new SttProviderError(`speech-to-text unreachable (${(error as Error).message})`, { cause: error });
  });
  if (!response.ok) throw new SttProviderError(`speech-to-text returned ${response.status}`);
  return response.json();
}

/** Deepgram pre-recorded transcription; names are sent as keyword boosts. */
export function deepgram(options: { apiKey: string; baseUrl?: string }): SpeechToText {
  const base = options.baseUrl ?? "https://api.deepgram.com";
  return {
    name: "deepgram",
    async transcribe(wav: Buffer, hints: SttHints) {
      const started = performance.now();
      const query = new URLSearchParams({ model: "nova-2", language: "hi", smart_format: "false" });
      for (const name of hints.customerNames.slice(0, 50)) query.append("keywords", name);
      const body = (await postForJson(`${base}/v1/listen?${query}`, {
        method: "POST",
        headers: { authorization: `Token ${options.apiKey}`, "content-type": "audio/wav" },
        body: new Uint8Array(wav),
      })) as { results?: { channels?: { alternatives?: { transcript?: string }[] }[] } };
      const text = body.results?.channels?.[0]?.alternatives?.[0]?.transcript ?? "";
      return { text: text.trim(), ms: Math.round(performance.now() - started) };
    },
  };
}

/** OpenAI audio transcription; names go into the prompt so they are spelled the shop's way. */
export function openAi(options: { apiKey: string; baseUrl?: string }): SpeechToText {
  const base = options.baseUrl ?? "https://api.openai.com";
  return {
    name: "openai",
    async transcribe(wav: Buffer, hints: SttHints) {
      const started = performance.now();
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(wav)], { type: "audio/wav" }), "clip.wav");
      form.append("model", "whisper-1");
      form.append(
        "prompt",
        `Khata commands in Hinglish. Names: ${hints.customerNames.slice(0, 50).join(", ")}`,
      );
      const body = (await postForJson(`${base}/v1/audio/transcriptions`, {
        method: "POST",
        headers: { authorization: `Bearer ${options.apiKey}` },
        body: form,
      })) as { text?: string };
      return { text: (body.text ?? "").trim(), ms: Math.round(performance.now() - started) };
    },
  };
}

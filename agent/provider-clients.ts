import { OpenAI } from "openai";
import { outboundFetchFor } from "../server/resilience/outbound-fetch";

/**
 * The OpenAI client the LLM and TTS plugins use, with every request under the outbound policy
 * (server/resilience): up to 8 s for the answer to start, one retry (a completion or a speech
 * clip has no side effects; our tools run here, after the answer), and the dependency's circuit
 * breaker. The SDK's own retries are off so the two do not multiply; the framework's connOptions
 * still retry a stream that breaks half-way.
 */
export function openAiClient(
  dependency: "llm" | "tts",
  options: { apiKey: string; baseURL?: string | undefined },
) {
  return new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    fetch: outboundFetchFor(dependency, { timeoutMs: 8_000, idempotent: true, retries: 1, streams: true }),
  });
}

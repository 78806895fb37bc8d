import { llm } from "@livekit/agents";

/**
 * Stands in for the LLM when no OPENAI_API_KEY is set. The session needs an LLM to answer a turn
 * at all, but ExecoraAgent's llmNode answers every turn itself then (the fast path, or the
 * "try saying…" examples) and never asks this one; if anything did, it fails loudly.
 */
export class FastPathOnlyLLM extends llm.LLM {
  label() {
    return "execora.FastPathOnly";
  }

  chat(): llm.LLMStream {
    throw new Error("No language model is configured (set OPENAI_API_KEY for one)");
  }
}

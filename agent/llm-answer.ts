import { type ReadableStream, TransformStream } from "node:stream/web";
import type { FlushSentinel, llm } from "@livekit/agents";
import { logger } from "../server/logger";

type Chunk = llm.ChatChunk | string | FlushSentinel;

/**
 * Passes the model's output through unchanged and, when the model answered in words without
 * calling a tool, reports that answer once the stream ends (so the turn is stored too). An empty
 * answer is replaced by the fallback, so the merchant always hears something.
 */
export function watchLlmAnswer(
  stream: ReadableStream<Chunk>,
  options: { fallbackReply: string; onAnswer: (reply: string) => Promise<unknown> },
): ReadableStream<Chunk> {
  let text = "";
  let calledTool = false;
  return stream.pipeThrough(
    new TransformStream<Chunk, Chunk>({
      transform(chunk, controller) {
        if (typeof chunk === "string") text += chunk;
        else if (typeof chunk === "object") {
          const delta = chunk.delta;
          text += delta?.content ?? "";
          if ((delta?.toolCalls?.length ?? 0) > 0) calledTool = true;
        }
        controller.enqueue(chunk);
      },
      async flush(controller) {
        if (calledTool) return;
        let reply = text.trim();
        if (!reply) {
          reply = options.fallbackReply;
          controller.enqueue(reply);
        }
        try {
          await options.onAnswer(reply);
        } catch (error) {
          logger.error({ event: "voice_llm_answer_not_stored", err: error }, "voice turn not stored");
        }
      },
    }),
  );
}

import { llm } from "@livekit/agents";
import type { DomainContext } from "../server/context";
import { runToolCommand } from "../server/voice/engine/tool-command";
import {
  TOOL_DESCRIPTIONS,
  TOOL_NAMES,
  TOOL_SCHEMAS,
  type ToolName,
} from "../server/voice/engine/tool-schema";
import type { VoiceResult } from "../server/voice/engine/types";

/** The user turn a tool call belongs to: who is speaking and what they said. */
export type ToolTurn = {
  ctx: DomainContext;
  transcript: string;
  sttMs: number | null;
  /** Called with every tool result (to publish it and to know the LLM used a tool). */
  onResult: (result: VoiceResult) => void;
  /** Wraps the database work so shutdown waits for it. */
  track: <T>(work: () => Promise<T>) => Promise<T>;
};

/**
 * The LLM's tools: thin wrappers over runToolCommand, which grounds the arguments in the
 * transcript and runs them through the same decision table and executors as the fast path. The
 * model gets the reply to say back, nothing else.
 */
export function voiceTools(currentTurn: () => ToolTurn | null): llm.ToolContextLike {
  return TOOL_NAMES.map((name: ToolName) =>
    llm.tool({
      name,
      description: TOOL_DESCRIPTIONS[name],
      parameters: TOOL_SCHEMAS[name],
      execute: async (args: unknown) => {
        const turn = currentTurn();
        if (!turn) return "Nothing was done: there is no spoken command to act on.";
        const result = await turn.track(() =>
          runToolCommand(turn.ctx, {
            transcript: turn.transcript,
            tool: name,
            args,
            channel: "LIVEKIT",
            sttMs: turn.sttMs,
          }),
        );
        turn.onResult(result);
        return result.reply;
      },
    }),
  );
}

import { z } from "zod";
import type { VoiceAction } from "../types";
import { voiceAction } from "./action-schema";
import { type OpenQuestion, openQuestion } from "./open-question";

/**
 * What a voice turn keeps in commandJson: the action it ran (for history and undo) or the
 * question it left open. Versioned, because a row is read back by whatever code is deployed
 * when the answer comes; an older shape is unreadable, and the merchant is asked to say it again.
 */
export type StoredCommand = {
  version: 2;
  intent: string;
  action: VoiceAction | null;
  question: OpenQuestion | null;
};

const storedCommandSchema = z.object({
  version: z.literal(2),
  intent: z.string(),
  action: voiceAction.nullable(),
  question: openQuestion.nullable(),
});

export function storedCommand(
  intent: string,
  parts: { action?: VoiceAction | null; question?: OpenQuestion | null } = {},
): StoredCommand {
  return { version: 2, intent, action: parts.action ?? null, question: parts.question ?? null };
}

/** The stored command, or null when the row holds something this code cannot read. */
export function readStoredCommand(json: unknown): StoredCommand | null {
  const read = storedCommandSchema.safeParse(json);
  return read.success ? (read.data as StoredCommand) : null;
}

import { z } from "zod";
import { customerId } from "../../customers/schema";

export const runVoiceInput = z.object({
  text: z.string().trim().min(1, "Say or type a command").max(500),
  clientTurnId: z.uuid().optional(),
});
export const confirmVoiceInput = z.object({
  turnId: z.string().min(1).max(64),
  answer: z.enum(["yes", "no"]),
  choice: customerId.optional(),
});
export const voiceHistoryInput = z.object({
  cursor: z.string().min(1).max(64).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export const reportFirstAudioInput = z.object({
  turnId: z.string().min(1).max(64),
  // Two minutes at most: anything longer is a tab left in the background, not a latency.
  firstAudioMs: z.number().int().min(0).max(120_000),
});
/** The panel's Undo under a reply: that turn's entry, or the caller's latest when no turn is given. */
export const undoVoiceInput = z.object({ turnId: z.string().min(1).max(64).optional() }).default({});

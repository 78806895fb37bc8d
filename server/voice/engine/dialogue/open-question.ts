import { z } from "zod";
import type { ParsedCommand, Slot } from "../../types";
import type { CustomerActionDraft, VoiceAction } from "../types";
import { customerActionDraft, parsedCommand, slotSchema, voiceAction } from "./action-schema";

/**
 * What the engine asked and is waiting for, with everything it already knew:
 * - confirm: "Priya Verma ko ₹12 udhaar — sahi hai?" (a yes or no runs or drops the action);
 * - choose_customer: "Rahul Sharma ya Rahul Gupta?" (a name, a position or a tapped button);
 * - missing_slot: "Kitne rupaye?" / "Kis customer ka?" (a bare answer completes the command).
 */
export type OpenQuestion =
  | { kind: "confirm"; action: VoiceAction }
  | { kind: "choose_customer"; candidates: { id: string; name: string }[]; draft: CustomerActionDraft }
  | { kind: "missing_slot"; slot: Slot; command: ParsedCommand };

export const openQuestion: z.ZodType<OpenQuestion> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("confirm"), action: voiceAction }),
  z.object({
    kind: z.literal("choose_customer"),
    candidates: z.array(z.object({ id: z.string().min(1), name: z.string() })).min(1),
    draft: customerActionDraft,
  }),
  z.object({ kind: z.literal("missing_slot"), slot: slotSchema, command: parsedCommand }),
]);

/** A question asks for a yes/no or a choice (NEEDS_CONFIRMATION) or for a missing detail (NEEDS_INPUT). */
export const questionStatus = (question: OpenQuestion) =>
  question.kind === "missing_slot" ? ("NEEDS_INPUT" as const) : ("NEEDS_CONFIRMATION" as const);

/** The buttons the panel shows under a "which one?" question. */
export const questionCandidates = (question: OpenQuestion) =>
  question.kind === "choose_customer" ? question.candidates : [];

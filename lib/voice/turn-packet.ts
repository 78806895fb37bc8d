import { z } from "zod";

/**
 * The data packet topic on which the agent announces each finished turn: the contract between
 * the agent worker (which sends it) and the browser (which never trusts the room and parses it).
 */
export const TURN_PACKET_TOPIC = "execora.turn";

/** A turn's status when the agent's recogniser failed: the page offers typing the command. */
export const STT_UNAVAILABLE_STATUS = "STT_UNAVAILABLE";

const turnPacket = z.object({
  turnId: z.string().min(1).max(64),
  status: z.string().max(40),
  intent: z.string().max(40),
  transcript: z.string().max(2_000),
  reply: z.string().max(2_000),
  language: z.string().max(16).nullable(),
  // Older agents send neither: then the turn asks nothing the page can answer with a button.
  confirmTurnId: z.string().min(1).max(64).nullable().default(null),
  candidates: z
    .array(z.object({ id: z.string().min(1).max(64), name: z.string().max(200) }))
    .max(3)
    .default([]),
  // It wrote a payment, credit or bill: the page offers Undo under the reply.
  undoable: z.boolean().default(false),
});

export type TurnPacket = z.infer<typeof turnPacket>;

/** The agent's `execora.turn` packet, or null for anything that is not one (never trust the room). */
export function parseTurnPacket(payload: Uint8Array | string): TurnPacket | null {
  try {
    const text = typeof payload === "string" ? payload : new TextDecoder().decode(payload);
    const parsed = turnPacket.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

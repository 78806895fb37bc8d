import { z } from "zod";
import { domainContextForUser } from "../../auth/domain-context-for-user";
import type { DomainContext } from "../../context";
import type { Db } from "../../db";
import { AppError } from "../../errors";

const mintedAttributes = z.strictObject({
  businessId: z.string().min(1),
  userId: z.string().min(1),
  role: z.enum(["OWNER", "STAFF"]),
  sessionId: z.uuid(),
});

export type VoiceParticipant = z.infer<typeof mintedAttributes>;

/**
 * For the agent: the participant's attributes must be exactly what startVoiceSession signed
 * (LiveKit only admits participants whose token we signed), and the identity must match.
 */
export function verifyAgentParticipant(
  attributes: Record<string, string> | undefined,
  identity: string,
): VoiceParticipant {
  const parsed = mintedAttributes.safeParse(attributes ?? {});
  if (!parsed.success) throw new AppError("UNAUTHORIZED", "Voice participant was not issued by this app");
  if (parsed.data.userId !== identity) {
    throw new AppError("UNAUTHORIZED", "Voice participant identity does not match its token");
  }
  return parsed.data;
}

/**
 * The agent's domain context for one turn: acts for that user, audited with source VOICE. The
 * user is re-read so staff removed (or demoted) during a session lose access at their next turn.
 */
export async function voiceDomainContext(
  db: Db,
  participant: VoiceParticipant,
  requestId: string | null,
): Promise<DomainContext> {
  const found = await domainContextForUser(db, participant.userId, {
    requestId,
    source: "VOICE",
    actorType: "AGENT",
    businessId: participant.businessId,
  });
  if (!found) throw new AppError("UNAUTHORIZED", "This voice session's user is no longer active");
  return found.ctx;
}

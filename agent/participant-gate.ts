import { AppError } from "../server/errors";
import { logger } from "../server/logger";
import { type VoiceParticipant, verifyAgentParticipant } from "../server/voice/livekit/agent-participant";

/** The part of the job context the gate needs (a fake in tests). */
export interface GateJob {
  waitForParticipant(): Promise<{ identity: string; attributes: Record<string, string> }>;
  shutdown(reason?: string): void;
}

/**
 * Waits for the merchant and admits them only with the attributes our server signed into their
 * token; anyone else ends the job. Business, user and role are never taken from anywhere else.
 */
export async function admitParticipant(
  job: GateJob,
): Promise<{ identity: string; participant: VoiceParticipant } | null> {
  const remote = await job.waitForParticipant();
  try {
    return {
      identity: remote.identity,
      participant: verifyAgentParticipant(remote.attributes, remote.identity),
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // No identity or name in the log: the attempt, and why it failed.
    logger.warn({ event: "voice_participant_rejected", code: error.code }, "voice participant rejected");
    job.shutdown("participant without valid signed attributes");
    return null;
  }
}

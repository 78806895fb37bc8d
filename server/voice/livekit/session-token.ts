import { randomBytes, randomUUID } from "node:crypto";
import { AccessToken, RoomAgentDispatch, RoomConfiguration, TrackSource } from "livekit-server-sdk";
import type { DomainContext } from "../../context";
import { AppError } from "../../errors";
import type { LiveKitConfig } from "./config";

export const VOICE_SESSION_TTL_SECONDS = 10 * 60;

export type VoiceSession = {
  serverUrl: string;
  roomName: string;
  participantToken: string;
  sessionId: string;
  expiresAt: Date;
};

/**
 * A short-lived token for one push-to-talk room. Business, user and role travel as signed
 * attributes: the agent trusts those, never anything the browser says.
 */
export async function startVoiceSession(
  ctx: DomainContext,
  config: LiveKitConfig | null,
): Promise<VoiceSession> {
  if (!config) throw new AppError("PRECONDITION_FAILED", "Voice over LiveKit is not configured");
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("FORBIDDEN", "Voice sessions are for signed-in users");
  const user = await ctx.db.user.findFirst({
    where: { id: userId, businessId: ctx.businessId, removedAt: null },
    select: { id: true, name: true, role: true },
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");

  const sessionId = randomUUID();
  const roomName = `voice-${ctx.businessId}-${user.id}-${randomBytes(4).toString("hex")}`;
  const token = new AccessToken(config.apiKey, config.apiSecret, {
    identity: user.id,
    name: user.name,
    ttl: VOICE_SESSION_TTL_SECONDS,
    attributes: { businessId: ctx.businessId, userId: user.id, role: user.role, sessionId },
  });
  token.addGrant({
    roomJoin: true,
    room: roomName,
    canPublish: true,
    canPublishSources: [TrackSource.MICROPHONE],
    canSubscribe: true,
    canPublishData: true,
  });
  token.roomConfig = new RoomConfiguration({
    agents: [new RoomAgentDispatch({ agentName: config.agentName })],
  });
  const expiresAt = new Date(Date.now() + VOICE_SESSION_TTL_SECONDS * 1000);
  return {
    serverUrl: config.serverUrl,
    roomName,
    participantToken: await token.toJwt(),
    sessionId,
    expiresAt,
  };
}

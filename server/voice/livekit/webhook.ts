import { randomUUID } from "node:crypto";
import { WebhookReceiver } from "livekit-server-sdk";
import type { Db } from "../../db";
import { logger } from "../../logger";
import type { LiveKitConfig } from "./config";

/** LiveKit's events are a few hundred bytes; anything near this is not from LiveKit. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

export type WebhookOutcome = { status: 200 | 401 | 503; body: { ok: boolean; duplicate?: boolean } };

// Our rooms are named voice-<businessId>-<userId>-<8 hex> (session-token.ts); ids are cuids.
const OUR_ROOM = /^voice-([a-z0-9]+)-[a-z0-9]+-[0-9a-f]{8}$/;

export function businessIdOfRoom(roomName: string | undefined): string | null {
  return roomName?.match(OUR_ROOM)?.[1] ?? null;
}

function occurredAt(createdAtSeconds: bigint | number | undefined): Date {
  const seconds = Number(createdAtSeconds ?? 0);
  return seconds > 0 ? new Date(seconds * 1000) : new Date();
}

/**
 * Verifies a LiveKit webhook (JWT in Authorization whose sha256 claim must match the raw body)
 * and records the room event once: LiveKit retries deliveries, and the event id is the key.
 * Logs only event type, room name and ids: no names or transcripts.
 */
export async function receiveLiveKitWebhook(
  database: Db,
  config: LiveKitConfig | null,
  rawBody: string,
  authorization: string | null,
): Promise<WebhookOutcome> {
  if (!config) return { status: 503, body: { ok: false } };
  if (!authorization) return { status: 401, body: { ok: false } };
  const receiver = new WebhookReceiver(config.apiKey, config.apiSecret);
  let event: Awaited<ReturnType<WebhookReceiver["receive"]>>;
  try {
    event = await receiver.receive(rawBody, authorization);
  } catch (error) {
    logger.warn({ reason: error instanceof Error ? error.message : "invalid" }, "livekit webhook rejected");
    return { status: 401, body: { ok: false } };
  }
  const roomName = event.room?.name || null;
  const stored = await database.liveKitEvent.createMany({
    data: [
      {
        id: event.id || randomUUID(),
        event: event.event,
        businessId: businessIdOfRoom(roomName ?? undefined),
        roomName,
        participantIdentity: event.participant?.identity || null,
        trackSid: event.track?.sid || null,
        occurredAt: occurredAt(event.createdAt),
      },
    ],
    skipDuplicates: true,
  });
  if (stored.count === 0) return { status: 200, body: { ok: true, duplicate: true } };
  logger.info(
    {
      eventId: event.id,
      event: event.event,
      room: roomName,
      participant: event.participant?.identity,
      track: event.track?.sid,
    },
    "livekit webhook",
  );
  return { status: 200, body: { ok: true } };
}

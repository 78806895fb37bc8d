import { WebhookReceiver } from "livekit-server-sdk";
import { logger } from "../../logger";
import type { LiveKitConfig } from "./config";

export type WebhookOutcome = { status: 200 | 401 | 503; body: { ok: boolean; duplicate?: boolean } };

// LiveKit retries deliveries; remember recent event ids so a retry is acknowledged, not re-logged.
const SEEN_LIMIT = 10_000;
const seenEventIds = new Set<string>();

function firstSighting(eventId: string): boolean {
  if (seenEventIds.has(eventId)) return false;
  if (seenEventIds.size >= SEEN_LIMIT) seenEventIds.clear();
  seenEventIds.add(eventId);
  return true;
}

/**
 * Verifies a LiveKit webhook (JWT in Authorization whose sha256 claim must match the raw body)
 * and records it. Logs only event type, room name and ids: no names or transcripts.
 */
export async function receiveLiveKitWebhook(
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
  if (event.id && !firstSighting(event.id)) return { status: 200, body: { ok: true, duplicate: true } };
  logger.info(
    {
      eventId: event.id,
      event: event.event,
      room: event.room?.name,
      participant: event.participant?.identity,
      track: event.track?.sid,
    },
    "livekit webhook",
  );
  return { status: 200, body: { ok: true } };
}

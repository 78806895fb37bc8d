import { db } from "../../db";
import { env } from "../../env";
import { logger } from "../../logger";
import {
  MAX_WHATSAPP_WEBHOOK_BYTES,
  parseWhatsAppWebhook,
  receiveWhatsAppWebhook,
  validWhatsAppSignature,
} from "../../reminders/whatsapp-webhook";
import { readLimitedBody } from "../read-limited-body";
import { webhookRefusal } from "../route-rate-limits";
import { withObservability } from "../with-observability";

// GET: Meta's subscription check (hub.challenge echoed when hub.verify_token matches).
export const GET = withObservability("/api/webhooks/whatsapp", async (request) => {
  const params = new URL(request.url).searchParams;
  const expected = env().WHATSAPP_VERIFY_TOKEN;
  const challenge = params.get("hub.challenge") ?? "";
  if (
    !expected ||
    params.get("hub.mode") !== "subscribe" ||
    params.get("hub.verify_token") !== expected ||
    !/^[\w-]{1,100}$/.test(challenge)
  ) {
    return new Response("forbidden", { status: 403 });
  }
  return new Response(challenge, { status: 200, headers: { "content-type": "text/plain" } });
});

// POST: delivery statuses and replies, only with a valid X-Hub-Signature-256 over the raw body.
// A database outage answers 503 (withObservability), so Meta delivers it again later.
export const POST = withObservability("/api/webhooks/whatsapp", async (request) => {
  const limited = await webhookRefusal(request, "whatsapp");
  if (limited) return limited;
  const rawBody = await readLimitedBody(request, MAX_WHATSAPP_WEBHOOK_BYTES);
  if (rawBody === null) return Response.json({ error: "Body too large" }, { status: 413 });
  const secret = env().WHATSAPP_APP_SECRET;
  if (!secret || !validWhatsAppSignature(rawBody, request.headers.get("x-hub-signature-256"), secret)) {
    logger.warn(
      { event: "whatsapp_webhook_refused", configured: Boolean(secret) },
      "whatsapp webhook signature refused",
    );
    return Response.json({ error: "Invalid signature" }, { status: 401 });
  }
  const webhook = parseWhatsAppWebhook(rawBody);
  if (!webhook) return Response.json({ error: "Not a WhatsApp webhook" }, { status: 400 });
  return Response.json(await receiveWhatsAppWebhook(db(), webhook));
});

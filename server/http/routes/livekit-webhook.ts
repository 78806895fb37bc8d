import { db } from "../../db";
import { env } from "../../env";
import { liveKitConfig } from "../../voice/livekit/config";
import { MAX_WEBHOOK_BYTES, receiveLiveKitWebhook } from "../../voice/livekit/webhook";
import { readLimitedBody } from "../read-limited-body";
import { webhookRefusal } from "../route-rate-limits";
import { withObservability } from "../with-observability";

// LiveKit room/participant/track events. The signature covers the raw body, so read it as text.
// A database outage answers 503 (withObservability), so LiveKit retries the delivery.
export const POST = withObservability("/api/webhooks/livekit", async (request) => {
  const limited = await webhookRefusal(request, "livekit");
  if (limited) return limited;
  const rawBody = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  if (rawBody === null) return Response.json({ ok: false }, { status: 413 });
  const outcome = await receiveLiveKitWebhook(
    db(),
    liveKitConfig(env()),
    rawBody,
    request.headers.get("authorization"),
  );
  return Response.json(outcome.body, { status: outcome.status });
});

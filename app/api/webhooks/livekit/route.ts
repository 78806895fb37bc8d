import { db } from "@/server/db";
import { env } from "@/server/env";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { withObservability } from "@/server/http/with-observability";
import { liveKitConfig } from "@/server/voice/livekit/config";
import { MAX_WEBHOOK_BYTES, receiveLiveKitWebhook } from "@/server/voice/livekit/webhook";

// LiveKit room/participant/track events. The signature covers the raw body, so read it as text.
export const dynamic = "force-dynamic";

export const POST = withObservability("/api/webhooks/livekit", async (request) => {
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

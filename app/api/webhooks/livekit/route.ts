import { env } from "@/server/env";
import { withObservability } from "@/server/http/with-observability";
import { liveKitConfig } from "@/server/voice/livekit/config";
import { receiveLiveKitWebhook } from "@/server/voice/livekit/webhook";

// LiveKit room/participant/track events. The signature covers the raw body, so read it as text.
export const dynamic = "force-dynamic";

export const POST = withObservability("/api/webhooks/livekit", async (request) => {
  const outcome = await receiveLiveKitWebhook(
    liveKitConfig(env()),
    await request.text(),
    request.headers.get("authorization"),
  );
  return Response.json(outcome.body, { status: outcome.status });
});

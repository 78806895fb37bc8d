import { RateLimiter, rateLimitHeaders } from "../api/rate-limit";
import { env } from "../env";
import { clientKeyFrom } from "./client-key";

const MINUTE_MS = 60_000;

// Route handlers outside tRPC: a push-to-talk clip per signed-in user, and each webhook per
// sending address (a signature check is cheap, but not free; a flood is refused before it).
const voiceTurns = new RateLimiter("voice-turn", () => env().VOICE_TURN_RATE_LIMIT_PER_MINUTE, MINUTE_MS);
const webhooks = new RateLimiter("webhook", () => env().WEBHOOK_RATE_LIMIT_PER_MINUTE, MINUTE_MS);

function tooMany(decision: Awaited<ReturnType<RateLimiter["take"]>>, error: string, requestId?: string) {
  return Response.json(
    { error, ...(requestId ? { requestId } : {}) },
    { status: 429, headers: rateLimitHeaders(decision, MINUTE_MS) },
  );
}

/** A 429 answer when this user has sent too many clips this minute; null when the clip may go on. */
export async function voiceTurnRefusal(userId: string, requestId: string): Promise<Response | null> {
  const decision = await voiceTurns.take(userId);
  return decision.allowed ? null : tooMany(decision, "Too many voice commands. Wait a moment.", requestId);
}

/** A 429 answer when this address has sent too many webhook deliveries this minute. */
export async function webhookRefusal(request: Request, hook: string): Promise<Response | null> {
  const decision = await webhooks.take(`${hook}:${clientKeyFrom(request.headers)}`);
  return decision.allowed ? null : tooMany(decision, "Too many requests.");
}

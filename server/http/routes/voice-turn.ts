import { z } from "zod";
import { db } from "../../db";
import { env } from "../../env";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import {
  ClipRejected,
  MAX_CLIP_BYTES,
  offlineContext,
  runOfflineTurn,
  SpeechUnavailable,
} from "../../voice/offline/run-offline-turn";
import { speechToTextFrom } from "../../voice/stt/provider";
import { auth } from "../auth";
import { voiceTurnRefusal } from "../route-rate-limits";
import { withObservability } from "../with-observability";

const clientTurnId = z.uuid().optional();

// POST /api/voice/turn — one push-to-talk clip (multipart field "audio", or the raw body).
export const POST = withObservability("/api/voice/turn", async (request, requestId) => {
  const fail = (status: number, error: string) => Response.json({ error, requestId }, { status });
  const session = await auth();
  const ctx = await offlineContext(db(), session?.user?.id ?? null, requestId);
  const limited = await voiceTurnRefusal(ctx.actor.userId ?? "", requestId);
  if (limited) return limited;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_CLIP_BYTES + 64 * 1024) {
    return fail(413, "The recording is larger than 2 MB.");
  }
  const turnId = clientTurnId.safeParse(request.headers.get("x-client-turn-id") ?? undefined);
  if (!turnId.success) return fail(400, "x-client-turn-id must be a UUID.");
  try {
    const clip = await readClip(request);
    const turn = await runOfflineTurn(ctx, { clip, stt: speechToTextFrom(env()), clientTurnId: turnId.data });
    return Response.json(turn, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ClipRejected) return fail(error.status, error.message);
    if (error instanceof SpeechUnavailable) {
      logger.warn({ requestId, recogniser: error.recogniser, err: error.cause }, "speech-to-text failed");
      return Response.json({ error: error.message, code: error.code, requestId }, { status: 503 });
    }
    throw error;
  }
});

async function readClip(request: Request): Promise<Buffer> {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    // A cut-off or malformed multipart body makes formData() throw: the client's fault, not ours.
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "The recording did not arrive in one piece. Try again.");
    });
    const audio = form.get("audio");
    if (!(audio instanceof Blob)) throw new ClipRejected(400, 'Send the recording in the "audio" field.');
    return Buffer.from(await audio.arrayBuffer());
  }
  return Buffer.from(await request.arrayBuffer());
}

import { z } from "zod";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { auth } from "@/server/http/auth";
import { withObservability } from "@/server/http/with-observability";
import {
  ClipRejected,
  MAX_CLIP_BYTES,
  offlineContext,
  runOfflineTurn,
} from "@/server/voice/offline/run-offline-turn";
import { speechToTextFrom } from "@/server/voice/stt/provider";

const clientTurnId = z.uuid().optional();

// POST /api/voice/turn — one push-to-talk clip (multipart field "audio", or the raw body).
export const POST = withObservability("/api/voice/turn", async (request, requestId) => {
  const fail = (status: number, error: string) => Response.json({ error, requestId }, { status });
  const session = await auth();
  try {
    const ctx = await offlineContext(db(), session?.user?.id ?? null, requestId);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_CLIP_BYTES + 64 * 1024) {
      return fail(413, "The recording is larger than 2 MB.");
    }
    const turnId = clientTurnId.safeParse(request.headers.get("x-client-turn-id") ?? undefined);
    if (!turnId.success) return fail(400, "x-client-turn-id must be a UUID.");
    const clip = await readClip(request);
    const turn = await runOfflineTurn(ctx, { clip, stt: speechToTextFrom(env()), clientTurnId: turnId.data });
    return Response.json(turn, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ClipRejected) return fail(error.status, error.message);
    if (error instanceof AppError && error.code === "UNAUTHORIZED") return fail(401, error.message);
    throw error;
  }
});

async function readClip(request: Request): Promise<Buffer> {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const audio = (await request.formData()).get("audio");
    if (!(audio instanceof Blob)) throw new ClipRejected(400, 'Send the recording in the "audio" field.');
    return Buffer.from(await audio.arrayBuffer());
  }
  return Buffer.from(await request.arrayBuffer());
}

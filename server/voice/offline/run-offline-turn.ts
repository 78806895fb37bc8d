import { requireDomainContextForUser } from "../../auth/domain-context-for-user";
import type { DomainContext } from "../../context";
import type { Db } from "../../db";
import { replayedTurn } from "../engine/replayed-turn";
import { runVoiceCommand } from "../engine/run-voice-command";
import type { VoiceResult } from "../engine/types";
import type { SpeechToText } from "../stt/types";
import { convertToWav } from "./convert-audio";
import { sttHints } from "./stt-hints";

export const MAX_CLIP_BYTES = 2 * 1024 * 1024;
export const MAX_CLIP_SECONDS = 30;
// Below this peak level (about -46 dBFS) the clip is treated as silence and never transcribed.
const SILENCE_PEAK = 0.005;
export const NOTHING_HEARD = "Kuch sunai nahi diya. / I didn't hear anything.";

export type OfflineTurn = {
  /** The stored turn (the browser reports its release-to-first-audio time for it); null when nothing was heard. */
  turnId: string | null;
  transcript: string;
  sttMs: number | null;
  heard: boolean;
  reply: string;
  result: VoiceResult | null;
};

export class ClipRejected extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The recogniser failed (its provider down, too slow, or its circuit open): the clip is not lost to a guess. */
export class SpeechUnavailable extends Error {
  readonly code = "speech_unavailable";
  constructor(
    readonly recogniser: string,
    cause: unknown,
  ) {
    super("Speech recognition is not working right now. Type the command instead.", { cause });
  }
}

/** Resolves the signed-in member to a voice context (another business is never reachable). */
export async function offlineContext(db: Db, sessionUserId: string | null, requestId: string | null) {
  const { ctx } = await requireDomainContextForUser(db, sessionUserId, { requestId, source: "VOICE" });
  return ctx;
}

/** One push-to-talk clip: limits, ffmpeg, speech-to-text, then the same engine as typed commands. */
export async function runOfflineTurn(
  ctx: DomainContext,
  input: { clip: Buffer; stt: SpeechToText; clientTurnId?: string | undefined },
): Promise<OfflineTurn> {
  if (input.clip.length > MAX_CLIP_BYTES) throw new ClipRejected(413, "The recording is larger than 2 MB.");
  // An id another user or shop already used is refused (CONFLICT) before ffmpeg and the STT run.
  if (input.clientTurnId) await replayedTurn(ctx, input.clientTurnId);
  if (input.clip.length === 0) return nothingHeard("", null);
  const clip = await convertToWav(input.clip).catch(() => {
    throw new ClipRejected(400, "The recording could not be read as audio.");
  });
  if (clip.seconds > MAX_CLIP_SECONDS)
    throw new ClipRejected(400, "The recording is longer than 30 seconds.");
  if (clip.peak < SILENCE_PEAK || clip.seconds < 0.2) return nothingHeard("", null);
  const hints = await sttHints(ctx);
  const { text, ms } = await input.stt.transcribe(clip.wav, hints).catch((error: unknown) => {
    throw new SpeechUnavailable(input.stt.name, error);
  });
  if (!text.trim()) return nothingHeard("", ms);
  const result = await runVoiceCommand(ctx, {
    text,
    channel: "OFFLINE",
    sttMs: ms,
    clientTurnId: input.clientTurnId,
  });
  return { turnId: result.turnId, transcript: text, sttMs: ms, heard: true, reply: result.reply, result };
}

function nothingHeard(transcript: string, sttMs: number | null): OfflineTurn {
  return { turnId: null, transcript, sttMs, heard: false, reply: NOTHING_HEARD, result: null };
}

import { TRPCError } from "@trpc/server";
import { env } from "../../env";
import { confirmVoiceCommand } from "../../voice/engine/dialogue/button-answer";
import { askToUndo } from "../../voice/engine/dialogue/undo-question";
import { reportFirstAudio } from "../../voice/engine/first-audio";
import { findVoiceConversations } from "../../voice/engine/history";
import { runVoiceCommand } from "../../voice/engine/run-voice-command";
import {
  confirmVoiceInput,
  reportFirstAudioInput,
  runVoiceInput,
  undoVoiceInput,
  voiceHistoryInput,
} from "../../voice/engine/schema";
import { liveKitConfig } from "../../voice/livekit/config";
import { startVoiceSession } from "../../voice/livekit/session-token";
import { RateLimiter } from "../rate-limit";
import { createTRPCRouter, protectedProcedure, setRateLimitHeaders } from "../trpc";

const sessionLimiter = new RateLimiter(
  "voice-session",
  () => env().VOICE_SESSION_RATE_LIMIT_PER_MINUTE,
  60_000,
);
const rateLimitedSession = protectedProcedure.use(async ({ ctx, next }) => {
  const decision = await sessionLimiter.take(ctx.user.id);
  setRateLimitHeaders(ctx.resHeaders, decision, 60_000);
  if (!decision.allowed) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "Too many voice sessions. Try again in a minute.",
    });
  }
  return next();
});

export const voiceRouter = createTRPCRouter({
  run: protectedProcedure
    .input(runVoiceInput)
    .mutation(({ ctx, input }) =>
      runVoiceCommand(ctx.domain, { text: input.text, clientTurnId: input.clientTurnId, channel: "TYPED" }),
    ),
  confirm: protectedProcedure
    .input(confirmVoiceInput)
    .mutation(({ ctx, input }) => confirmVoiceCommand(ctx.domain, input)),
  history: protectedProcedure
    .input(voiceHistoryInput)
    .query(({ ctx, input }) => findVoiceConversations(ctx.domain, input)),
  undo: protectedProcedure.input(undoVoiceInput).mutation(({ ctx, input }) => askToUndo(ctx.domain, input)),
  reportFirstAudio: protectedProcedure
    .input(reportFirstAudioInput)
    .mutation(({ ctx, input }) => reportFirstAudio(ctx.domain, input)),
  startSession: rateLimitedSession.mutation(({ ctx }) => startVoiceSession(ctx.domain, liveKitConfig(env()))),
});

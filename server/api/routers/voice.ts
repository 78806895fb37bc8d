import { confirmVoiceCommand } from "../../voice/engine/confirm-voice-command";
import { findVoiceTurns } from "../../voice/engine/history";
import { runVoiceCommand } from "../../voice/engine/run-voice-command";
import { confirmVoiceInput, runVoiceInput, voiceHistoryInput } from "../../voice/engine/schema";
import { undoLastVoiceAction } from "../../voice/engine/undo-voice-action";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const voiceRouter = createTRPCRouter({
  run: protectedProcedure
    .input(runVoiceInput)
    .mutation(({ ctx, input }) =>
      runVoiceCommand(ctx.domain, { text: input.text, clientTurnId: input.clientTurnId, source: "typed" }),
    ),
  confirm: protectedProcedure
    .input(confirmVoiceInput)
    .mutation(({ ctx, input }) => confirmVoiceCommand(ctx.domain, input)),
  history: protectedProcedure
    .input(voiceHistoryInput)
    .query(({ ctx, input }) => findVoiceTurns(ctx.domain, input)),
  undo: protectedProcedure.mutation(({ ctx }) => undoLastVoiceAction(ctx.domain)),
});

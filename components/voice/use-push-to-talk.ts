"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type RefObject, useCallback, useEffect, useReducer, useRef } from "react";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { chooseTransport } from "./choose-transport";
import type { LiveKitHooks } from "./livekit-room-events";
import {
  canPress,
  initialTalkState,
  pendingFirstAudioReport,
  type TalkPhase,
  talkReducer,
} from "./talk-state";
import { now, type TalkTransport } from "./talk-transport";

// An unused LiveKit room is closed after this; the next press starts a new session.
const IDLE_DISCONNECT_MS = 2 * 60_000;
const RESTING: readonly TalkPhase[] = ["idle", "done", "error"];

/** One held turn at a time over whichever transport this page uses; reports release-to-first-audio. */
export function usePushToTalk(audio: RefObject<HTMLAudioElement | null>) {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(talkReducer, initialTalkState);
  const phase = useRef(state.phase);
  const held = useRef(false);
  const transport = useRef<TalkTransport | null>(null);
  const choosing = useRef<Promise<TalkTransport | null> | null>(null);
  const mounted = useRef(true);
  const { mutate: reportFirstAudio } = useMutation(
    trpc.voice.reportFirstAudio.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.voice.history.pathKey() }),
    }),
  );

  useEffect(() => {
    phase.current = state.phase;
  }, [state.phase]);

  const ready = useCallback(() => {
    if (transport.current) return Promise.resolve(transport.current);
    const hooks: LiveKitHooks = {
      dispatch,
      // Balances, invoices and history may all have changed: refetch what is on screen.
      onTurnStored: () => void queryClient.invalidateQueries(),
      audioElement: () => audio.current,
      onClosed: () => {
        transport.current?.dispose();
        transport.current = null;
        if (!RESTING.includes(phase.current)) dispatch({ type: "failed", error: "disconnected" });
      },
    };
    choosing.current ??= chooseTransport(() => trpcClient.voice.startSession.mutate(), hooks).then(
      (chosen) => {
        choosing.current = null;
        // The page went away while the room was connecting: leave it at once.
        if (!mounted.current) {
          chosen?.dispose();
          return null;
        }
        transport.current = chosen;
        return chosen;
      },
    );
    return choosing.current;
  }, [audio, queryClient, trpcClient]);

  const press = useCallback(() => {
    if (held.current || !canPress(phase.current)) return;
    held.current = true;
    phase.current = "connecting";
    dispatch({ type: "press" });
    const clientTurnId = crypto.randomUUID();
    void ready().then((chosen) => {
      if (!chosen) {
        held.current = false;
        return;
      }
      // Let go before the microphone could open: not a command.
      if (!held.current) return dispatch({ type: "cancel" });
      chosen.press(clientTurnId, () => held.current);
    });
  }, [ready]);

  const release = useCallback(() => {
    if (!held.current) return;
    held.current = false;
    dispatch({ type: "release", at: now() });
    transport.current?.release();
  }, []);

  const cancel = useCallback(() => {
    if (!held.current) return;
    held.current = false;
    dispatch({ type: "cancel" });
    transport.current?.cancel();
  }, []);

  useEffect(() => {
    const report = pendingFirstAudioReport(state);
    if (!report) return;
    dispatch({ type: "reported" });
    reportFirstAudio(report);
  }, [state, reportFirstAudio]);

  useEffect(() => {
    if (!RESTING.includes(state.phase)) return;
    const timer = setTimeout(() => {
      transport.current?.dispose();
      transport.current = null;
    }, IDLE_DISCONNECT_MS);
    return () => clearTimeout(timer);
  }, [state.phase]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      transport.current?.dispose();
      transport.current = null;
    };
  }, []);

  return { state, press, release, cancel, dispatch };
}

import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "../server/logger";

/** The part of voice.AgentSession push-to-talk needs (a fake in tests). */
export interface PushToTalkSession {
  interrupt(): { readonly await: PromiseLike<unknown> };
  clearUserTurn(): void;
  commitUserTurn(): void;
  input: { setAudioEnabled(enabled: boolean): void };
}

export type TurnState = "idle" | "listening" | "ending";

/** A whole-turn recogniser (agent/speech/turn-stt.ts): transcribes the turn when it is released. */
export interface TurnTranscriber {
  finishTurn(): Promise<void>;
  discardTurn(): void;
}

/**
 * Speech still in flight when the button comes up (the browser's buffer, the network, the STT's
 * last frame) would be cut off: "Rahul ne paanch sau di—". Keep listening this long after release.
 */
export const RELEASE_TAIL_MS = 300;

/** Longer than the recognisers' own limit (STT_TIMEOUT_MS, 15 s). */
export const TRANSCRIBE_LIMIT_MS = 20_000;

/** Moments of a turn, for the room benchmark (scripts/bench/voice-room.ts reads them from the log). */
export type TurnMark = "end_turn" | "mic_off" | "transcript";

export type TurnControl = ReturnType<typeof createTurnControl>;

/**
 * start_turn / end_turn / cancel_turn for a session with turnDetection "manual": the microphone
 * reaches the STT only between a press and its release (plus the tail).
 */
export function createTurnControl(
  session: PushToTalkSession,
  options: {
    tailMs?: number;
    wait?: (ms: number) => Promise<unknown>;
    transcriber?: TurnTranscriber | null;
    /** A press held this long is cut and answered as if released (AGENT_MAX_TURN_SECONDS). */
    maxTurnMs?: number;
    onMark?: (mark: TurnMark) => void;
    /** Resolves once the merchant's microphone reaches the agent (agent/merchant-microphone.ts). */
    microphoneReached?: () => Promise<boolean>;
  } = {},
) {
  const tailMs = options.tailMs ?? RELEASE_TAIL_MS;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const mark = options.onMark ?? (() => {});
  let state: TurnState = "idle";
  let ending: Promise<void> | null = null;
  let releasedAt: number | null = null;
  let limit: NodeJS.Timeout | null = null;

  const clearLimit = () => {
    if (limit) clearTimeout(limit);
    limit = null;
  };
  /** Release: the tail (none when the limit cut the turn), microphone off, transcribe, commit. */
  const finish = async (tail: number): Promise<TurnState> => {
    if (state !== "listening") return state;
    clearLimit();
    state = "ending";
    ending = (async () => {
      if (tail > 0) await wait(tail);
      session.input.setAudioEnabled(false);
      releasedAt = performance.now();
      mark("mic_off");
      // A whole-turn recogniser hears the turn now; its transcript is in before the commit.
      // Bounded: a recogniser that hangs costs this turn (heard as nothing), not the session.
      if (options.transcriber) {
        await Promise.race([
          options.transcriber.finishTurn(),
          sleep(TRANSCRIBE_LIMIT_MS, undefined, { ref: false }),
        ]);
      }
      mark("transcript");
      session.commitUserTurn();
      state = "idle";
    })();
    try {
      await ending;
    } finally {
      ending = null;
    }
    return state;
  };

  session.input.setAudioEnabled(false);

  return {
    get state() {
      return state;
    },
    /** When the last turn was released (performance.now()), taken once: for the turn's sttMs. */
    takeReleasedAt(): number | null {
      const at = releasedAt;
      releasedAt = null;
      return at;
    },
    async startTurn(): Promise<TurnState> {
      // A press during the previous release tail: that turn is committed first, never lost.
      if (ending) await ending;
      // "Listening" only once the microphone is here: the page starts talking when it reads it.
      if (options.microphoneReached && !(await options.microphoneReached())) {
        logger.warn(
          { event: "voice_microphone_missing" },
          "press with no microphone track from the merchant",
        );
      }
      try {
        // Stop the agent's speech at once; a speech that refuses to stop is not worth waiting on.
        Promise.resolve(session.interrupt().await).catch(() => undefined);
      } catch {
        // Nothing to interrupt, or speech that may not be interrupted: listen anyway.
      }
      session.clearUserTurn();
      options.transcriber?.discardTurn();
      session.input.setAudioEnabled(true);
      state = "listening";
      clearLimit();
      if (options.maxTurnMs !== undefined) {
        // Still held at the limit: answer what was said so far; the late release then finds it idle.
        limit = setTimeout(() => {
          finish(0).catch((error: unknown) =>
            logger.error({ event: "voice_turn_cut_failed", err: error }, "turn cut at the limit failed"),
          );
        }, options.maxTurnMs);
        limit.unref();
      }
      return state;
    },
    async endTurn(): Promise<TurnState> {
      if (state !== "listening") return state;
      mark("end_turn");
      return finish(tailMs);
    },
    cancelTurn(): TurnState {
      if (state === "ending") return state;
      clearLimit();
      session.input.setAudioEnabled(false);
      session.clearUserTurn();
      options.transcriber?.discardTurn();
      state = "idle";
      return state;
    },
  };
}

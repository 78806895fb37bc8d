import { setTimeout as sleep } from "node:timers/promises";

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
  } = {},
) {
  const tailMs = options.tailMs ?? RELEASE_TAIL_MS;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  let state: TurnState = "idle";
  let ending: Promise<void> | null = null;
  let releasedAt: number | null = null;

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
      return state;
    },
    async endTurn(): Promise<TurnState> {
      if (state !== "listening") return state;
      state = "ending";
      ending = (async () => {
        await wait(tailMs);
        session.input.setAudioEnabled(false);
        releasedAt = performance.now();
        // A whole-turn recogniser hears the turn now; its transcript is in before the commit.
        // Bounded: a recogniser that hangs costs this turn (heard as nothing), not the session.
        if (options.transcriber) {
          await Promise.race([
            options.transcriber.finishTurn(),
            sleep(TRANSCRIBE_LIMIT_MS, undefined, { ref: false }),
          ]);
        }
        session.commitUserTurn();
        state = "idle";
      })();
      try {
        await ending;
      } finally {
        ending = null;
      }
      return state;
    },
    cancelTurn(): TurnState {
      if (state === "ending") return state;
      session.input.setAudioEnabled(false);
      session.clearUserTurn();
      options.transcriber?.discardTurn();
      state = "idle";
      return state;
    },
  };
}

/**
 * The push-to-talk turn as a pure state machine, shared by the offline and the LiveKit transport.
 * Times are `performance.now()` milliseconds, passed in by the caller so the reducer stays pure.
 */
export type TalkPhase = "idle" | "connecting" | "listening" | "thinking" | "speaking" | "done" | "error";

/** What went wrong, as a key of `voice.json` `talk.errors`. */
export type TalkError = "failed" | "micDenied" | "liveUnavailable" | "disconnected" | "sttUnavailable";

/** An open voice question: pick a candidate, or say yes/no, through voice.confirm. */
export type VoiceQuestion = {
  confirmTurnId: string;
  candidates: { id: string; name: string }[];
  /** The question's language, so its yes/no buttons speak it too. */
  language?: string | null;
};

/** The open question in a voice result, if it asks one. */
export function questionOf(result: {
  status: string;
  confirmTurnId: string | null;
  candidates: { id: string; name: string }[];
  language?: string | null;
}): VoiceQuestion | null {
  if (result.status !== "NEEDS_CONFIRMATION" || !result.confirmTurnId) return null;
  return {
    confirmTurnId: result.confirmTurnId,
    candidates: result.candidates,
    language: result.language ?? null,
  };
}

export type TalkState = {
  phase: TalkPhase;
  /** The stored voice turn, once the server (or the agent) has said which one it was. */
  turnId: string | null;
  transcript: string;
  reply: string;
  language: string | null;
  question: VoiceQuestion | null;
  /** The turn whose entry the panel's Undo button would take back (it wrote something). */
  undoTurnId: string | null;
  error: TalkError | null;
  releasedAt: number | null;
  /** Release to the first reply audio, measured once per turn. */
  firstAudioMs: number | null;
  reported: boolean;
};

export type TalkEvent =
  | { type: "press" }
  | { type: "listening" }
  | { type: "release"; at: number }
  | { type: "cancel" }
  | { type: "transcript"; text: string }
  | { type: "replyText"; text: string }
  | {
      type: "result";
      turnId: string | null;
      transcript?: string;
      reply: string;
      language: string | null;
      question?: VoiceQuestion | null;
      undoable?: boolean;
    }
  /** The merchant answered the question with a button: its reply, and any further question. */
  | { type: "answered"; reply: string; question: VoiceQuestion | null; undoTurnId?: string | null }
  /** The Undo button asked "Rahul Sharma ka ₹100 payment hata doon?" (or said there is nothing). */
  | { type: "undoAsked"; reply: string; question: VoiceQuestion | null }
  | { type: "speaking"; at: number }
  | { type: "finished" }
  | { type: "failed"; error: TalkError }
  | { type: "reported" };

/** The server accepts at most two minutes (voice.reportFirstAudio). */
export const MAX_FIRST_AUDIO_MS = 120_000;

export const initialTalkState: TalkState = {
  phase: "idle",
  turnId: null,
  transcript: "",
  reply: "",
  language: null,
  question: null,
  undoTurnId: null,
  error: null,
  releasedAt: null,
  firstAudioMs: null,
  reported: false,
};

const TURN_OPEN: readonly TalkPhase[] = ["connecting", "listening", "thinking", "speaking"];
const AWAITING_REPLY: readonly TalkPhase[] = ["thinking", "speaking"];

/** A new turn may start when nothing is being recorded or worked on (speaking can be interrupted). */
export function canPress(phase: TalkPhase): boolean {
  return phase === "idle" || phase === "done" || phase === "error" || phase === "speaking";
}

/** The button shows as held while the microphone is (about to be) open. */
export function isHolding(phase: TalkPhase): boolean {
  return phase === "connecting" || phase === "listening";
}

export function talkReducer(state: TalkState, event: TalkEvent): TalkState {
  switch (event.type) {
    case "press":
      return canPress(state.phase) ? { ...initialTalkState, phase: "connecting" } : state;
    case "listening":
      return state.phase === "connecting" ? { ...state, phase: "listening" } : state;
    case "release":
      return isHolding(state.phase) ? { ...state, phase: "thinking", releasedAt: event.at } : state;
    case "cancel":
      return TURN_OPEN.includes(state.phase) ? initialTalkState : state;
    case "transcript":
      return TURN_OPEN.includes(state.phase) ? { ...state, transcript: event.text } : state;
    case "replyText":
      return AWAITING_REPLY.includes(state.phase) ? { ...state, reply: event.text } : state;
    case "result":
      if (!AWAITING_REPLY.includes(state.phase)) return state;
      return {
        ...state,
        turnId: event.turnId,
        transcript: event.transcript ?? state.transcript,
        reply: event.reply,
        language: event.language,
        question: event.question ?? null,
        undoTurnId: event.undoable && event.turnId ? event.turnId : null,
      };
    case "answered":
      return state.question
        ? { ...state, reply: event.reply, question: event.question, undoTurnId: event.undoTurnId ?? null }
        : state;
    case "undoAsked":
      return { ...state, reply: event.reply, question: event.question, undoTurnId: null };
    case "speaking":
      return AWAITING_REPLY.includes(state.phase) ? startSpeaking(state, event.at) : state;
    case "finished":
      return AWAITING_REPLY.includes(state.phase) ? { ...state, phase: "done" } : state;
    case "failed":
      return { ...state, phase: "error", error: event.error };
    case "reported":
      return { ...state, reported: true };
  }
}

function startSpeaking(state: TalkState, at: number): TalkState {
  const measured =
    state.firstAudioMs === null && state.releasedAt !== null
      ? Math.max(0, Math.round(at - state.releasedAt))
      : state.firstAudioMs;
  return { ...state, phase: "speaking", firstAudioMs: measured };
}

/** What to send to voice.reportFirstAudio, once both the turn and the measurement are known. */
export function pendingFirstAudioReport(state: TalkState): { turnId: string; firstAudioMs: number } | null {
  if (state.reported || state.turnId === null || state.firstAudioMs === null) return null;
  if (state.firstAudioMs > MAX_FIRST_AUDIO_MS) return null;
  return { turnId: state.turnId, firstAudioMs: state.firstAudioMs };
}

import { isUndoable } from "@/lib/voice/undoable";
import { speakReply } from "./speak-reply";
import { questionOf, type TalkError } from "./talk-state";
import type { TalkTransport, TransportHooks } from "./talk-transport";

type Recording = { recorder: MediaRecorder; stream: MediaStream; chunks: Blob[]; discard: boolean };
type OfflineTurnResponse = {
  turnId: string | null;
  transcript: string;
  reply: string;
  result: {
    language: string;
    status: string;
    confirmTurnId: string | null;
    candidates: { id: string; name: string }[];
    resultEntityType: string | null;
  } | null;
};

// Speech-to-text on the server can take a while; past this the merchant is better off retrying.
const UPLOAD_TIMEOUT_MS = 45_000;

/**
 * The offline path: record the clip while held, POST it to /api/voice/turn, show and speak the reply
 * with the browser's own voice.
 */
export function createOfflineTransport({ dispatch, onTurnStored }: TransportHooks): TalkTransport {
  let recording: Recording | null = null;
  let upload: AbortController | null = null;
  let stopSpeaking: (() => void) | null = null;

  async function press(clientTurnId: string, stillHeld: () => boolean) {
    stopSpeaking?.();
    upload?.abort();
    try {
      // Raw audio: echo cancellation and noise suppression smear the words the recogniser needs.
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
      const current: Recording = { recorder: new MediaRecorder(stream), stream, chunks: [], discard: false };
      current.recorder.ondataavailable = (event) => current.chunks.push(event.data);
      current.recorder.onstop = () => void send(current, clientTurnId);
      recording = current;
      current.recorder.start();
      dispatch({ type: "listening" });
      // Released before the microphone opened: send what there is (the server answers "didn't hear").
      if (!stillHeld()) stop();
    } catch {
      dispatch({ type: "failed", error: "micDenied" });
    }
  }

  function stop(discard = false) {
    const current = recording;
    if (!current || current.recorder.state === "inactive") return;
    current.discard = discard;
    current.recorder.stop();
  }

  async function send(current: Recording, clientTurnId: string) {
    if (recording === current) recording = null;
    for (const track of current.stream.getTracks()) track.stop();
    if (current.discard) return;
    const clip = new Blob(current.chunks, { type: current.recorder.mimeType || "audio/webm" });
    const controller = new AbortController();
    upload = controller;
    try {
      const response = await fetch("/api/voice/turn", {
        method: "POST",
        headers: { "content-type": clip.type, "x-client-turn-id": clientTurnId },
        body: clip,
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(UPLOAD_TIMEOUT_MS)]),
      });
      if (!response.ok) {
        dispatch({ type: "failed", error: await failureOf(response) });
        return;
      }
      const turn = (await response.json()) as OfflineTurnResponse;
      const language = turn.result?.language ?? null;
      dispatch({
        type: "result",
        turnId: turn.turnId,
        transcript: turn.transcript,
        reply: turn.reply,
        language,
        question: turn.result ? questionOf(turn.result) : null,
        undoable: turn.result ? isUndoable(turn.result) : false,
      });
      onTurnStored();
      stopSpeaking = speakReply(turn.reply, language, dispatch);
    } catch {
      if (!controller.signal.aborted) dispatch({ type: "failed", error: "failed" });
    } finally {
      if (upload === controller) upload = null;
    }
  }

  return {
    kind: "offline",
    press: (clientTurnId, stillHeld) => void press(clientTurnId, stillHeld),
    release: () => stop(),
    cancel: () => {
      stop(true);
      upload?.abort();
    },
    dispose: () => {
      stop(true);
      upload?.abort();
      stopSpeaking?.();
    },
  };
}

/** The recogniser being down is its own message (type instead); anything else is a plain failure. */
async function failureOf(response: Response): Promise<TalkError> {
  const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
  return response.status === 503 && body?.code === "speech_unavailable" ? "sttUnavailable" : "failed";
}

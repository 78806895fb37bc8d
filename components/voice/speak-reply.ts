import { now, type TalkDispatch } from "./talk-transport";

// Some browsers never start (or never report) speech; the turn still has to end.
const SPEECH_START_TIMEOUT_MS = 5_000;

/**
 * Speaks the reply with speechSynthesis (en-IN or hi-IN). Its start is the offline path's "first
 * audio". Returns a function that stops it.
 */
export function speakReply(reply: string, language: string | null, dispatch: TalkDispatch): () => void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) {
    dispatch({ type: "finished" });
    return () => {};
  }
  const utterance = new SpeechSynthesisUtterance(reply);
  utterance.lang = language === "en" ? "en-IN" : "hi-IN";
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearTimeout(giveUp);
    dispatch({ type: "finished" });
  };
  const giveUp = setTimeout(finish, SPEECH_START_TIMEOUT_MS);
  utterance.onstart = () => {
    clearTimeout(giveUp);
    if (!ended) dispatch({ type: "speaking", at: now() });
  };
  utterance.onend = finish;
  utterance.onerror = finish;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return () => {
    ended = true;
    clearTimeout(giveUp);
    window.speechSynthesis.cancel();
  };
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type KeyboardEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../ui/button";

type Phase = "idle" | "listening" | "thinking" | "speaking" | "done" | "error";
type Turn = { transcript: string; reply: string; result: { language: string } | null };
type Recording = { recorder: MediaRecorder; stream: MediaStream; chunks: Blob[] };

/** Hold (pointer or space bar) to record one command; the reply is shown and spoken. */
export function PushToTalk() {
  const { t } = useTranslation("voice");
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>("idle");
  const [turn, setTurn] = useState<Turn | null>(null);
  const [errorKey, setErrorKey] = useState<"talk.error" | "talk.micDenied">("talk.error");
  const recording = useRef<Recording | null>(null);
  // Released before the microphone opened: stop as soon as it does.
  const held = useRef(false);

  async function start() {
    if (held.current || phase === "listening" || phase === "thinking") return;
    held.current = true;
    setTurn(null);
    try {
      // Raw audio: echo cancellation and noise suppression smear the words the recogniser needs.
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
      const recorder = new MediaRecorder(stream);
      const current: Recording = { recorder, stream, chunks: [] };
      recorder.ondataavailable = (event) => current.chunks.push(event.data);
      recorder.onstop = () => void send(current);
      recording.current = current;
      recorder.start();
      setPhase("listening");
      if (!held.current) stop();
    } catch {
      held.current = false;
      setErrorKey("talk.micDenied");
      setPhase("error");
    }
  }

  function stop() {
    held.current = false;
    const current = recording.current;
    if (!current || current.recorder.state === "inactive") return;
    current.recorder.stop();
    setPhase("thinking");
  }

  async function send(current: Recording) {
    recording.current = null;
    for (const track of current.stream.getTracks()) track.stop();
    const clip = new Blob(current.chunks, { type: current.recorder.mimeType || "audio/webm" });
    try {
      const response = await fetch("/api/voice/turn", {
        method: "POST",
        headers: { "content-type": clip.type, "x-client-turn-id": crypto.randomUUID() },
        body: clip,
      });
      if (!response.ok) throw new Error(`voice turn ${response.status}`);
      const next = (await response.json()) as Turn;
      setTurn(next);
      await queryClient.invalidateQueries();
      speak(next);
    } catch {
      setErrorKey("talk.error");
      setPhase("error");
    }
  }

  function speak(next: Turn) {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return setPhase("done");
    const utterance = new SpeechSynthesisUtterance(next.reply);
    utterance.lang = next.result?.language === "en" ? "en-IN" : "hi-IN";
    utterance.onend = () => setPhase("done");
    utterance.onerror = () => setPhase("done");
    setPhase("speaking");
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== " ") return;
    event.preventDefault();
    if (!event.repeat) void start();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== " ") return;
    event.preventDefault();
    stop();
  };

  return (
    <div className="flex flex-col gap-2">
      <Button
        variant={phase === "listening" ? "danger" : "secondary"}
        aria-pressed={phase === "listening"}
        title={t("talk.hint")}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          void start();
        }}
        onPointerUp={stop}
        onPointerCancel={stop}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
        onContextMenu={(event) => event.preventDefault()}
        className="touch-none select-none"
      >
        {t("talk.hold")}
      </Button>
      <p aria-live="polite" className="text-sm text-slate-600" data-phase={phase}>
        {phase === "idle" ? t("talk.hint") : phase === "error" ? t(errorKey) : t(`talk.${phase}`)}
      </p>
      {turn?.transcript ? (
        <p className="text-sm text-slate-600">{t("talk.heard", { transcript: turn.transcript })}</p>
      ) : null}
      {turn ? <p className="text-base font-medium text-slate-900">{turn.reply}</p> : null}
    </div>
  );
}

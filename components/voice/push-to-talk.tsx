"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isUndoable } from "@/lib/voice/undoable";
import { Button } from "../ui/button";
import { QuestionAnswers } from "./question-answers";
import { speakReply } from "./speak-reply";
import { isHolding, questionOf, type TalkState } from "./talk-state";
import { UndoButton } from "./undo-button";
import { usePushToTalk } from "./use-push-to-talk";
import { useSpaceToTalk } from "./use-space-to-talk";

/**
 * Hold (pointer or space bar) to say one command; the reply is shown and spoken. When speech
 * recognition is down, `onTypeInstead` (the command bar's input) is offered in its place.
 */
export function PushToTalk({ onTypeInstead }: { onTypeInstead?: () => void }) {
  const { t } = useTranslation("voice");
  const audio = useRef<HTMLAudioElement>(null);
  const queryClient = useQueryClient();
  const { state, press, release, cancel, dispatch } = usePushToTalk(audio);
  useSpaceToTalk({ press, release, cancel });
  // Set after the space-bar listener is in place: a key pressed before hydration does nothing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const holding = isHolding(state.phase);

  return (
    <div className="flex flex-col gap-2" data-talk-ready={ready}>
      <Button
        variant={holding ? "danger" : "secondary"}
        aria-pressed={holding}
        title={t("talk.hint")}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          press();
        }}
        onPointerUp={release}
        onPointerCancel={cancel}
        onContextMenu={(event) => event.preventDefault()}
        className="touch-none select-none"
      >
        {t("talk.hold")}
      </Button>
      <p aria-live="polite" className="text-sm text-slate-600" data-phase={state.phase}>
        <PhaseText state={state} />
      </p>
      {state.phase === "error" && state.error === "sttUnavailable" && onTypeInstead ? (
        <Button variant="secondary" onClick={onTypeInstead}>
          {t("talk.typeInstead")}
        </Button>
      ) : null}
      {state.transcript ? (
        <p className="text-sm text-slate-600">{t("talk.heard", { transcript: state.transcript })}</p>
      ) : null}
      {state.reply ? <p className="text-base font-medium text-slate-900">{state.reply}</p> : null}
      {state.question && !holding ? (
        <QuestionAnswers
          key={state.question.confirmTurnId}
          question={state.question}
          onAnswered={(result) => {
            dispatch({
              type: "answered",
              reply: result.reply,
              question: questionOf(result),
              undoTurnId: isUndoable(result) ? result.turnId : null,
            });
            // The turn is over: say the answer's result aloud, without touching the turn's phase.
            speakReply(result.reply, result.language, () => {});
            void queryClient.invalidateQueries();
          }}
        />
      ) : null}
      {state.undoTurnId && !holding && !state.question ? (
        <UndoButton
          key={state.undoTurnId}
          turnId={state.undoTurnId}
          onAsked={(asked) =>
            dispatch({ type: "undoAsked", reply: asked.reply, question: questionOf(asked) })
          }
        />
      ) : null}
      {/* biome-ignore lint/a11y/useMediaCaption: the agent's live voice (LiveKit path); its words are the reply text above. */}
      <audio ref={audio} autoPlay hidden />
    </div>
  );
}

function PhaseText({ state }: { state: TalkState }) {
  const { t } = useTranslation("voice");
  if (state.phase === "idle") return t("talk.hint");
  if (state.phase === "error") return t(`talk.errors.${state.error ?? "failed"}`);
  // A question is open: the turn is not done until it is answered.
  if (state.phase === "done" && state.question) return t("talk.asking");
  return t(`talk.${state.phase}`);
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isUndoable } from "@/lib/voice/undoable";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { TextField } from "../ui/field";
import { PushToTalk } from "./push-to-talk";
import { QuestionAnswers } from "./question-answers";
import { questionOf } from "./talk-state";
import { UndoButton } from "./undo-button";

type VoiceResult = RouterOutputs["voice"]["run"];

/** Type a command as you would say it; the reply, and yes/no when the engine asks. */
export function CommandBar() {
  const { t } = useTranslation("voice");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<VoiceResult | null>(null);
  // Balances, invoices and history may all have changed: refetch what is on screen.
  const onSuccess = (next: VoiceResult) => {
    setResult(next);
    return queryClient.invalidateQueries();
  };
  const run = useMutation(trpc.voice.run.mutationOptions({ onSuccess }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    // One id per command: a retried request is answered from the first, never run twice.
    run.mutate({ text, clientTurnId: crypto.randomUUID() }, { onSuccess: () => setText("") });
  }

  const question = result ? questionOf(result) : null;
  const error = formError(run.error);

  return (
    <Card className="flex flex-col gap-3">
      <form onSubmit={submit} className="flex items-end gap-2">
        <div className="flex-1">
          <TextField
            label={t("bar.label")}
            placeholder={t("bar.placeholder")}
            ref={input}
            value={text}
            maxLength={500}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <Button type="submit" loading={run.isPending}>
          {t("bar.submit")}
        </Button>
      </form>
      <PushToTalk onTypeInstead={() => input.current?.focus()} />
      <Alert tone="error">{error}</Alert>
      {result ? (
        <p role="status" className="text-base font-medium text-slate-900">
          {result.reply}
        </p>
      ) : null}
      {question ? (
        <QuestionAnswers key={question.confirmTurnId} question={question} onAnswered={onSuccess} />
      ) : null}
      {result && isUndoable(result) ? (
        <UndoButton key={result.turnId} turnId={result.turnId} onAsked={onSuccess} />
      ) : null}
      <Link href="/voice" className="text-sm text-brand-700 underline">
        {t("bar.history")}
      </Link>
    </Card>
  );
}

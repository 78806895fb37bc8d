"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { answerLabels } from "@/lib/voice/answer-labels";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import type { VoiceQuestion } from "./talk-state";

type VoiceResult = RouterOutputs["voice"]["confirm"];

/**
 * The buttons under a voice question: one per candidate for "Rahul Sharma ya Rahul Gupta?", or
 * yes/no for a confirmation. The answer goes to voice.confirm, which runs only the stored command.
 */
export function QuestionAnswers({
  question,
  onAnswered,
}: {
  question: VoiceQuestion;
  onAnswered: (result: VoiceResult) => void;
}) {
  const { t } = useTranslation("voice");
  const trpc = useTRPC();
  const confirm = useMutation(trpc.voice.confirm.mutationOptions({ onSuccess: onAnswered }));
  const labels = answerLabels(question.language) ?? { yes: t("bar.yes"), no: t("bar.no") };
  const answer = (value: "yes" | "no", choice?: string) =>
    confirm.mutate({ turnId: question.confirmTurnId, answer: value, choice });

  if (question.candidates.length > 0) {
    return (
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t("bar.choose")}</legend>
        {question.candidates.map((candidate) => (
          <Button
            key={candidate.id}
            variant="secondary"
            loading={confirm.isPending}
            onClick={() => answer("yes", candidate.id)}
          >
            {candidate.name}
          </Button>
        ))}
        <Button variant="ghost" onClick={() => answer("no")}>
          {labels.no}
        </Button>
      </fieldset>
    );
  }
  return (
    <div className="flex gap-2">
      <Button loading={confirm.isPending} onClick={() => answer("yes")}>
        {labels.yes}
      </Button>
      <Button variant="secondary" onClick={() => answer("no")}>
        {labels.no}
      </Button>
    </div>
  );
}

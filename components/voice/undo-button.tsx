"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";

type UndoQuestion = RouterOutputs["voice"]["undo"];

/**
 * Under a reply that wrote something: asks the same question a spoken "undo" asks ("Rahul Sharma
 * ka ₹100 payment hata doon?"), for that turn; yes/no then answer it through voice.confirm.
 */
export function UndoButton({
  turnId,
  onAsked,
}: {
  turnId: string;
  onAsked: (question: UndoQuestion) => void;
}) {
  const { t } = useTranslation("voice");
  const trpc = useTRPC();
  const undo = useMutation(trpc.voice.undo.mutationOptions({ onSuccess: onAsked }));
  return (
    <Button
      variant="secondary"
      className="self-start"
      loading={undo.isPending}
      onClick={() => undo.mutate({ turnId })}
    >
      {t("bar.undo")}
    </Button>
  );
}

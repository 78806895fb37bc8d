"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Button } from "../ui/button";
import { CancelReminderDialog } from "./cancel-reminder-dialog";
import { RescheduleDialog } from "./reschedule-dialog";
import { useOutcomeText } from "./use-outcome-text";

export type ActionMessage = { text: string; tone: "success" | "error" | "info" };
type Props = { id: string; sendAt: Date; onMessage: (message: ActionMessage) => void };

/** Send now, Reschedule and Cancel for a reminder that still has occurrences to send. */
export function ReminderActions({ id, sendAt, onMessage }: Props) {
  const { t } = useTranslation("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const outcomeText = useOutcomeText();
  const [dialog, setDialog] = useState<"reschedule" | "cancel" | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() });
  const sendNow = useMutation(
    trpc.reminders.sendNow.mutationOptions({
      onSuccess: async (outcome) => {
        await invalidate();
        const { text, ok } = outcomeText(outcome);
        onMessage({ text, tone: ok ? "success" : "error" });
      },
      onError: async (error) => {
        // A failed try is recorded on the delivery: show it along with the message.
        await invalidate();
        onMessage({ text: formError(error) ?? "", tone: "error" });
      },
    }),
  );
  const done = (text: string) => {
    setDialog(null);
    onMessage({ text, tone: "success" });
  };

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" loading={sendNow.isPending} onClick={() => sendNow.mutate({ id })}>
        {t("actions.sendNow")}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setDialog("reschedule")}>
        {t("actions.reschedule")}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setDialog("cancel")}>
        {t("actions.cancel")}
      </Button>
      <RescheduleDialog
        id={id}
        sendAt={sendAt}
        open={dialog === "reschedule"}
        onClose={() => setDialog(null)}
        onDone={done}
      />
      <CancelReminderDialog
        id={id}
        open={dialog === "cancel"}
        onClose={() => setDialog(null)}
        onDone={done}
      />
    </div>
  );
}

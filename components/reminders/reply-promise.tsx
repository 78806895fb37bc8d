"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import type { ActionMessage } from "./reminder-actions";
import { usePromiseDays } from "./use-promise-days";

type Reply = RouterOutputs["promises"]["replies"][number];
type Props = {
  reply: Reply & { promisedFor: string; remindOn: string };
  onMessage: (m: ActionMessage) => void;
};

/** The day a reply promises and, while it is only offered, Accept (reminders move) or Dismiss. */
export function ReplyPromise({ reply, onMessage }: Props) {
  const { t } = useTranslation("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const { weekdayDay, dayMonth } = usePromiseDays();
  // Accepting moves reminders, so the customer's reminder list is read again too.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.promises.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() }),
    ]);
  const onError = async (error: unknown) => {
    await refresh();
    onMessage({ text: formError(error) ?? "", tone: "error" });
  };
  const accept = useMutation(
    trpc.promises.accept.mutationOptions({
      onSuccess: async ({ moved, remindOn }) => {
        await refresh();
        const text =
          moved === 0
            ? t("replies.movedNone")
            : t("replies.moved", { count: moved, day: dayMonth(remindOn) });
        onMessage({ text, tone: "success" });
      },
      onError,
    }),
  );
  const dismiss = useMutation(
    trpc.promises.dismiss.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onMessage({ text: t("replies.dismissedDone"), tone: "success" });
      },
      onError,
    }),
  );
  const day = weekdayDay(reply.promisedFor);

  if (reply.promiseStatus === "ACCEPTED") {
    return <p className="text-sm font-medium text-advance-700">{t("replies.accepted", { day })}</p>;
  }
  if (reply.promiseStatus === "DISMISSED") {
    return <p className="text-sm text-slate-600">{t("replies.dismissed")}</p>;
  }
  const busy = accept.isPending || dismiss.isPending;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-semibold text-slate-900">{t("replies.promised", { day })}</p>
      {reply.promiseDayPassed ? <p className="text-sm text-slate-600">{t("replies.dayPassed")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {reply.promiseDayPassed ? null : (
          <Button
            size="sm"
            loading={accept.isPending}
            disabled={busy}
            onClick={() => accept.mutate({ id: reply.id })}
          >
            {t("replies.accept", { day: dayMonth(reply.remindOn) })}
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          loading={dismiss.isPending}
          disabled={busy}
          onClick={() => dismiss.mutate({ id: reply.id })}
        >
          {t("replies.dismiss")}
        </Button>
      </div>
    </div>
  );
}

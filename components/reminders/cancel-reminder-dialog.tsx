"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";

type Props = { id: string; open: boolean; onClose: () => void; onDone: (text: string) => void };

/** "Cancel this reminder?" — nothing more is sent for it once confirmed. */
export function CancelReminderDialog(props: Props) {
  const { t } = useTranslation("reminders");
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t("actions.cancelTitle")}>
      <CancelConfirm {...props} />
    </Dialog>
  );
}

function CancelConfirm({ id, onClose, onDone }: Props) {
  const { t } = useTranslation("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const cancel = useMutation(
    trpc.reminders.cancel.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() });
        onDone(t("outcome.cancelled"));
      },
    }),
  );
  return (
    <>
      <p className="text-slate-700">{t("actions.cancelBody")}</p>
      <Alert>{formError(cancel.error)}</Alert>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t("actions.keep")}
        </Button>
        <Button variant="danger" loading={cancel.isPending} onClick={() => cancel.mutate({ id })}>
          {t("actions.cancelYes")}
        </Button>
      </div>
    </>
  );
}

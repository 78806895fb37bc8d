"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";
import { fromIstInputValue, toIstInputValue } from "./ist-time-input";

type Props = { id: string; sendAt: Date; open: boolean; onClose: () => void; onDone: (text: string) => void };

/** A new send time for an active reminder (India time, whatever the browser's zone). */
export function RescheduleDialog(props: Props) {
  const { t } = useTranslation("reminders");
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t("actions.rescheduleTitle")}>
      <RescheduleForm {...props} />
    </Dialog>
  );
}

function RescheduleForm({ id, sendAt, onDone }: Props) {
  const { t } = useTranslation("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { dateTime } = useFormat();
  const { formError, fieldErrors } = useErrorText();
  const [value, setValue] = useState(() => toIstInputValue(sendAt));
  const [localError, setLocalError] = useState<string>();
  const reschedule = useMutation(
    trpc.reminders.reschedule.mutationOptions({
      onSuccess: async (reminder) => {
        await queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() });
        onDone(t("outcome.rescheduled", { time: dateTime(reminder.sendAt) }));
      },
    }),
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const at = fromIstInputValue(value);
    if (!at) {
      setLocalError(t("form.whenInvalid"));
      return;
    }
    setLocalError(undefined);
    reschedule.mutate({ id, sendAt: at });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <TextField
        type="datetime-local"
        label={t("actions.newTime")}
        hint={t("form.quietNote")}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={localError ?? fieldErrors(reschedule.error).sendAt}
      />
      <Alert>{fieldErrors(reschedule.error).sendAt ? null : formError(reschedule.error)}</Alert>
      <Button type="submit" loading={reschedule.isPending}>
        {t("actions.saveTime")}
      </Button>
    </form>
  );
}

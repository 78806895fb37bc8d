"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReminderChannel } from "@/generated/prisma/enums";
import { newIdempotencyKey } from "../forms/idempotency-key";
import { useDebouncedValue } from "../forms/use-debounced-value";
import { useErrorText } from "../forms/use-error-text";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { errorCode } from "../trpc/errors";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";
import { ErrorState, LoadingState } from "../ui/states";
import { BulkOverduePreview } from "./bulk-overdue-preview";

const CHANNELS: ReminderChannel[] = ["WHATSAPP", "SMS", "EMAIL"];

/** The days box as a whole number from 1 to 365, or null while it is not one. */
function daysOf(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const days = Number(text.trim());
  return days >= 1 && days <= 365 ? days : null;
}

type Props = { open: boolean; onClose: () => void };

/** "Remind everyone over N days overdue": channel and days, the preview, and one confirmation. */
export function BulkOverdueDialog({ open, onClose }: Props) {
  const { t } = useTranslation("reminders");
  return (
    <Dialog open={open} onClose={onClose} title={t("bulk.title")}>
      <BulkOverdueForm onClose={onClose} />
    </Dialog>
  );
}

function BulkOverdueForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  // One key per opening of the dialog: a double click or a retry schedules nothing twice.
  const [bulkKey] = useState(newIdempotencyKey);
  const [channel, setChannel] = useState<ReminderChannel>("WHATSAPP");
  const [daysText, setDaysText] = useState("30");
  const [done, setDone] = useState<RouterOutputs["reminders"]["bulkCreate"] | null>(null);
  const days = daysOf(useDebouncedValue(daysText));
  const preview = useQuery(
    trpc.reminders.bulkPreview.queryOptions(
      { minDaysOverdue: days ?? 30, channel },
      { enabled: days !== null, placeholderData: keepPreviousData },
    ),
  );
  const create = useMutation(
    trpc.reminders.bulkCreate.mutationOptions({
      onSuccess: async (result) => {
        setDone(result);
        await queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() });
      },
      // The list changed since it was shown: show the new one; the error says why.
      onError: (error) => {
        if (errorCode(error) === "PRECONDITION_FAILED") void preview.refetch();
      },
    }),
  );

  if (done) return <BulkOverdueDone result={done} onClose={onClose} />;
  const current =
    preview.data && preview.data.minDaysOverdue === days && preview.data.channel === channel
      ? preview.data
      : null;
  const count = current?.totals.willRemind ?? 0;
  return (
    <div className="flex flex-col gap-4">
      <ChoiceChips
        legend={t("form.channel")}
        name="bulk-channel"
        value={channel}
        onChange={setChannel}
        options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
      />
      <TextField
        label={t("bulk.daysLabel")}
        hint={t("bulk.daysHint")}
        inputMode="numeric"
        autoComplete="off"
        value={daysText}
        onChange={(event) => setDaysText(event.target.value)}
        error={daysOf(daysText) === null ? t("bulk.daysInvalid") : undefined}
      />
      {preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
      ) : preview.data ? (
        <BulkOverduePreview preview={preview.data} />
      ) : days !== null ? (
        <LoadingState />
      ) : null}
      <Alert>{formError(create.error)}</Alert>
      <Button
        size="lg"
        loading={create.isPending}
        disabled={!current || count === 0 || preview.isFetching}
        onClick={() =>
          create.mutate({
            minDaysOverdue: current?.minDaysOverdue ?? 30,
            channel,
            expectedCount: count,
            bulkKey,
          })
        }
      >
        {t("bulk.send", { count })}
      </Button>
    </div>
  );
}

function BulkOverdueDone({
  result,
  onClose,
}: {
  result: RouterOutputs["reminders"]["bulkCreate"];
  onClose: () => void;
}) {
  const { t } = useTranslation("reminders");
  const { dateTime } = useFormat();
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="success">
        {t("bulk.done", { count: result.created })}
        {result.movedFrom ? ` ${t("bulk.doneMoved", { time: dateTime(result.sendAt) })}` : null}
      </Alert>
      <Link href="/reminders" onClick={onClose} className="font-medium text-brand-700 underline">
        {t("bulk.seeAll")}
      </Link>
      <Button variant="secondary" onClick={onClose}>
        {t("bulk.close")}
      </Button>
    </div>
  );
}

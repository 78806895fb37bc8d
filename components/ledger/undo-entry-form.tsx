"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../forms/idempotency-key";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { useInvalidateKhata } from "./use-invalidate-khata";

/** Asks why, then posts a reversal (ledger.reverse); the original entry stays in the khata. */
export function UndoEntryForm({ entryId, onDone }: { entryId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation(["ledger", "common"]);
  const trpc = useTRPC();
  const invalidate = useInvalidateKhata();
  const { formError, fieldErrors } = useErrorText();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [reason, setReason] = useState("");
  const reverse = useMutation(
    trpc.ledger.reverse.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone(t("undo.done"));
      },
    }),
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    reverse.mutate({ entryId, reason, idempotencyKey });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-slate-700">{t("undo.body")}</p>
      <TextField
        label={t("undo.reason")}
        placeholder={t("undo.reasonPlaceholder")}
        autoFocus
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors(reverse.error).reason}
      />
      <Alert>{formError(reverse.error)}</Alert>
      <Button type="submit" variant="danger" loading={reverse.isPending}>
        {t("undo.submit")}
      </Button>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../forms/idempotency-key";
import { useErrorText } from "../forms/use-error-text";
import { useInvalidateKhata } from "../ledger/use-invalidate-khata";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";

type Props = {
  invoiceId: string;
  number: string;
  open: boolean;
  onClose: () => void;
  onCancelled: () => void;
};

/** Owner only (the server refuses staff too): cancel by reversal, with a reason for the audit log. */
export function CancelInvoiceDialog(props: Props) {
  const { t } = useTranslation("invoices");
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t("cancel.title", { number: props.number })}>
      <CancelForm {...props} />
    </Dialog>
  );
}

function CancelForm({ invoiceId, onClose, onCancelled }: Props) {
  const { t } = useTranslation("invoices");
  const trpc = useTRPC();
  const invalidate = useInvalidateKhata();
  const { formError, fieldErrors } = useErrorText();
  // Made when the dialog opens (children mount only while open): a retry cancels once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [reason, setReason] = useState("");
  const cancel = useMutation(
    trpc.invoices.cancel.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onCancelled();
      },
    }),
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    cancel.mutate({ invoiceId, reason, idempotencyKey });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-slate-700">{t("cancel.body")}</p>
      <TextField
        label={t("cancel.reason")}
        hint={t("cancel.reasonHint")}
        required
        autoFocus
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors(cancel.error).reason}
      />
      <Alert>{formError(cancel.error)}</Alert>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t("cancel.keep")}
        </Button>
        <Button type="submit" variant="danger" loading={cancel.isPending}>
          {t("cancel.confirm")}
        </Button>
      </div>
    </form>
  );
}

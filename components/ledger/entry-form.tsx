"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { PaymentMode } from "@/generated/prisma/enums";
import { entryDateBounds } from "@/lib/ledger/entry-date";
import { amountInputToPaise } from "../forms/amount";
import { newIdempotencyKey } from "../forms/idempotency-key";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { TextField } from "../ui/field";
import { useInvalidateKhata } from "./use-invalidate-khata";

export type EntryKind = "gave" | "got";
const PAYMENT_MODES = Object.values(PaymentMode);

type Props = { kind: EntryKind; customerId: string; onDone: (message: string) => void };

/**
 * "You gave ₹" (ledger.recordCredit) or "You got ₹" (ledger.recordPayment). The idempotency key is
 * made when the form mounts (the dialog opens), so a double click or a retry records only once.
 */
export function EntryForm({ kind, customerId, onDone }: Props) {
  const { t } = useTranslation(["ledger", "common", "errors"]);
  const trpc = useTRPC();
  const { money } = useFormat();
  const { formError, fieldErrors } = useErrorText();
  const invalidate = useInvalidateKhata();
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Today and a year back on the IST calendar, fixed when the dialog opens.
  const [dateBounds] = useState(() => entryDateBounds(new Date()));
  const { values, bind, set } = useFormValues({
    amount: "",
    date: dateBounds.max,
    mode: "CASH" as PaymentMode,
    reference: "",
    note: "",
  });
  const [amountError, setAmountError] = useState<string>();

  const onSuccess = async (entry: { amountPaise: number }) => {
    await invalidate();
    onDone(t(`${kind}.recorded`, { amount: money(Math.abs(entry.amountPaise)) }));
  };
  const credit = useMutation(trpc.ledger.recordCredit.mutationOptions({ onSuccess }));
  const payment = useMutation(trpc.ledger.recordPayment.mutationOptions({ onSuccess }));
  const mutation = kind === "gave" ? credit : payment;
  const errors = fieldErrors(mutation.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const amountPaise = amountInputToPaise(values.amount);
    if (amountPaise === null) {
      setAmountError(t("errors:amountInvalid"));
      return;
    }
    setAmountError(undefined);
    // Today is "now" on the server: only an earlier day is sent.
    const occurredOn = values.date && values.date !== dateBounds.max ? values.date : null;
    const common = { customerId, amountPaise, note: values.note, occurredOn, idempotencyKey };
    if (kind === "gave") credit.mutate(common);
    else
      payment.mutate({
        ...common,
        mode: values.mode,
        reference: values.mode === "CASH" ? "" : values.reference,
      });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <TextField
        label={t("fields.amount")}
        prefix="₹"
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        required
        error={amountError ?? errors.amountPaise}
        {...bind("amount")}
      />
      {kind === "got" ? (
        <>
          <ChoiceChips
            legend={t("fields.mode")}
            name="mode"
            value={values.mode}
            onChange={(mode) => set("mode", mode)}
            options={PAYMENT_MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
          />
          {values.mode !== "CASH" ? (
            <TextField
              label={t("fields.reference")}
              optional={t("common:optional")}
              autoComplete="off"
              error={errors.reference}
              {...bind("reference")}
            />
          ) : null}
        </>
      ) : null}
      <TextField
        label={t("fields.date")}
        type="date"
        min={dateBounds.min}
        max={dateBounds.max}
        required
        error={errors.occurredOn}
        {...bind("date")}
      />
      <TextField
        label={t("fields.note")}
        optional={t("common:optional")}
        placeholder={t(`${kind}.notePlaceholder`)}
        autoComplete="off"
        error={errors.note}
        {...bind("note")}
      />
      <Alert>{formError(mutation.error)}</Alert>
      <Button type="submit" variant={kind} size="lg" loading={mutation.isPending}>
        {t(`${kind}.submit`)}
      </Button>
    </form>
  );
}

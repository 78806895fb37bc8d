"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MessageLanguage } from "@/generated/prisma/enums";
import { sharedPhoneWithOf } from "@/lib/customers/shared-phone";
import { formatIndianMobile } from "@/lib/phone";
import { amountInputToPaise, paiseToAmountInput } from "../forms/amount";
import { STATE_OPTIONS } from "../forms/state-options";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useTRPC } from "../trpc/client";
import { errorDetailsOf } from "../trpc/errors";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { ChoiceChips } from "../ui/choice-chips";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { SharedPhoneWarning } from "./shared-phone-warning";

type Customer = RouterOutputs["customers"]["get"];
const LANGUAGES: MessageLanguage[] = ["EN", "HI"];

function initialValues(customer?: Customer) {
  return {
    name: customer?.name ?? "",
    phone: customer?.phone ? formatIndianMobile(customer.phone) : "",
    email: customer?.email ?? "",
    gstin: customer?.gstin ?? "",
    stateCode: customer?.stateCode ?? "",
    creditLimit: paiseToAmountInput(customer?.creditLimitPaise),
    notes: customer?.notes ?? "",
    messageLanguage: customer?.messageLanguage ?? ("EN" as MessageLanguage),
  };
}

/** Add a customer, or edit one when `customer` is given. Goes to the customer's page when saved. */
export function CustomerForm({ customer }: { customer?: Customer }) {
  const { t } = useTranslation(["customers", "common", "errors"]);
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind, set } = useFormValues(initialValues(customer));
  const [creditLimitError, setCreditLimitError] = useState<string>();

  const onSuccess = async ({ id }: { id: string }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
    router.push(`/customers/${id}`);
  };
  const create = useMutation(trpc.customers.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.customers.update.mutationOptions({ onSuccess }));
  const mutation = customer ? update : create;
  const errors = fieldErrors(mutation.error);
  // Another customer of the shop has this number: say who, and save only when the merchant confirms.
  const sharedPhoneWith = sharedPhoneWithOf(errorDetailsOf(mutation.error));

  function submit(allowSharedPhone: boolean) {
    const { creditLimit, ...fields } = values;
    const creditLimitPaise = creditLimit.trim() === "" ? null : amountInputToPaise(creditLimit);
    if (creditLimit.trim() !== "" && creditLimitPaise === null) {
      setCreditLimitError(t("errors:amountInvalid"));
      return;
    }
    setCreditLimitError(undefined);
    const input = { ...fields, creditLimitPaise, allowSharedPhone };
    if (customer) update.mutate({ id: customer.id, ...input });
    else create.mutate(input);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    submit(false);
  }

  return (
    <Card>
      <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
        <TextField
          label={t("fields.name")}
          required
          autoComplete="off"
          error={errors.name}
          {...bind("name")}
        />
        <TextField
          label={t("fields.phone")}
          type="tel"
          inputMode="tel"
          optional={t("common:optional")}
          hint={t("fields.phoneHint")}
          error={errors.phone}
          {...bind("phone")}
          onChange={(event) => {
            bind("phone").onChange(event);
            // A different number may not be shared with anyone: the old warning no longer applies.
            if (sharedPhoneWith) mutation.reset();
          }}
        />
        {sharedPhoneWith ? (
          <SharedPhoneWarning
            other={sharedPhoneWith}
            editing={Boolean(customer)}
            pending={mutation.isPending}
            onConfirm={() => submit(true)}
          />
        ) : null}
        <TextField
          label={t("fields.email")}
          type="email"
          optional={t("common:optional")}
          error={errors.email}
          {...bind("email")}
        />
        <TextField
          label={t("fields.gstin")}
          optional={t("common:optional")}
          hint={t("fields.gstinHint")}
          autoCapitalize="characters"
          maxLength={15}
          error={errors.gstin}
          {...bind("gstin")}
        />
        <SelectField
          label={t("fields.state")}
          optional={t("common:optional")}
          placeholder={t("fields.statePlaceholder")}
          options={STATE_OPTIONS}
          error={errors.stateCode}
          {...bind("stateCode")}
        />
        <TextField
          label={t("fields.creditLimit")}
          prefix="₹"
          inputMode="decimal"
          optional={t("common:optional")}
          hint={t("fields.creditLimitHint")}
          error={creditLimitError ?? errors.creditLimitPaise}
          {...bind("creditLimit")}
        />
        <TextAreaField
          label={t("fields.notes")}
          optional={t("common:optional")}
          error={errors.notes}
          {...bind("notes")}
        />
        <ChoiceChips
          legend={t("fields.messageLanguage")}
          name="messageLanguage"
          value={values.messageLanguage}
          onChange={(language) => set("messageLanguage", language)}
          options={LANGUAGES.map((language) => ({
            value: language,
            label: t(`messageLanguage.${language}`),
          }))}
        />
        <Alert>{sharedPhoneWith ? null : formError(mutation.error)}</Alert>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <ButtonLink href={customer ? `/customers/${customer.id}` : "/customers"} variant="secondary">
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={mutation.isPending || mutation.isSuccess}>
            {customer ? t("common:actions.save") : t("form.create")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

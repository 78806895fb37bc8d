"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MessageLanguage, ReminderChannel } from "@/generated/prisma/enums";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { TextField } from "../ui/field";
import { AboveBalanceQuestion, aboveBalanceOf } from "./above-balance-question";
import { defaultReminderTime, toIstInputValue } from "./ist-time-input";
import { parseRemindForm, type RemindFormProblem } from "./parse-remind-form";

type Customer = RouterOutputs["customers"]["get"];
const CHANNELS: ReminderChannel[] = ["WHATSAPP", "SMS", "EMAIL"];
const LANGUAGES: MessageLanguage[] = ["EN", "HI"];

function missingContact(customer: Customer, channel: ReminderChannel) {
  if (channel === "EMAIL") return customer.email ? null : ("noEmail" as const);
  return customer.phone ? null : ("noPhone" as const);
}

type Props = { customer: Customer; onDone: (text: string) => void };

/** "Remind" on a customer's page: channel, when (India time), amount, repeat and language. */
export function RemindForm({ customer, onDone }: Props) {
  const { t } = useTranslation(["reminders", "errors"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { dateTime, money } = useFormat();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind, set } = useFormValues({
    channel: (customer.phone || !customer.email ? "WHATSAPP" : "EMAIL") as ReminderChannel,
    // The language chosen for this customer (their messages), not the dashboard's.
    language: customer.messageLanguage as MessageLanguage,
    when: toIstInputValue(defaultReminderTime(new Date())),
    amount: "",
    everyDays: "",
    maxTimes: "",
  });
  const [problems, setProblems] = useState<Partial<Record<string, RemindFormProblem>>>({});
  const create = useMutation(
    trpc.reminders.create.mutationOptions({
      onSuccess: async (reminder) => {
        await queryClient.invalidateQueries({ queryKey: trpc.reminders.pathKey() });
        const time = dateTime(reminder.sendAt);
        onDone(reminder.movedFrom ? t("form.moved", { time }) : t("form.created", { time }));
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const problem = (name: string) => {
    const code = problems[name];
    if (!code) return undefined;
    return code === "amountInvalid" ? t("errors:amountInvalid") : t(`form.${code}`);
  };
  const missing = missingContact(customer, values.channel);
  const aboveBalance = aboveBalanceOf(create.error);

  function submit(confirmAboveBalance: boolean) {
    const parsed = parseRemindForm(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    create.mutate({
      customerId: customer.id,
      channel: values.channel,
      language: values.language,
      ...parsed.fields,
      confirmAboveBalance,
    });
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    submit(false);
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-col gap-1">
        <ChoiceChips
          legend={t("form.channel")}
          name="channel"
          value={values.channel}
          onChange={(channel) => set("channel", channel)}
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
        />
        {missing || errors.channel ? (
          <p className="text-sm font-medium text-owes-700">
            {missing ? t(`form.${missing}`) : errors.channel}{" "}
            <Link href={`/customers/${customer.id}/edit`} className="underline">
              {t("form.addContact")}
            </Link>
          </p>
        ) : null}
      </div>
      <TextField
        type="datetime-local"
        label={t("form.when")}
        hint={t("form.quietNote")}
        required
        error={problem("when") ?? errors.sendAt}
        {...bind("when")}
      />
      <TextField
        label={t("form.amount")}
        prefix="₹"
        inputMode="decimal"
        autoComplete="off"
        placeholder={t("form.amountPlaceholder")}
        hint={t("form.amountHint")}
        error={problem("amount") ?? errors.amountPaise}
        {...bind("amount")}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={t("form.everyDays")}
          inputMode="numeric"
          autoComplete="off"
          hint={t("form.repeatHint")}
          error={problem("everyDays") ?? errors.everyDays}
          {...bind("everyDays")}
        />
        <TextField
          label={t("form.maxTimes")}
          inputMode="numeric"
          autoComplete="off"
          hint={t("form.maxTimesHint")}
          disabled={values.everyDays.trim() === ""}
          error={problem("maxTimes") ?? errors.maxOccurrences}
          {...bind("maxTimes")}
        />
      </div>
      <ChoiceChips
        legend={t("form.language")}
        name="language"
        value={values.language}
        onChange={(language) => set("language", language)}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      />
      {aboveBalance ? (
        <AboveBalanceQuestion
          text={t("form.aboveBalance", {
            amount: money(create.variables?.amountPaise ?? 0),
            balance: money(aboveBalance.balancePaise),
          })}
          pending={create.isPending}
          onConfirm={() => submit(true)}
        />
      ) : (
        <Alert>{formError(create.error)}</Alert>
      )}
      <Button type="submit" size="lg" loading={create.isPending} disabled={missing !== null}>
        {t("form.submit")}
      </Button>
    </form>
  );
}

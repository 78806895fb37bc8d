"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatIndianMobile } from "@/lib/phone";
import { type GstSchemeValue, gstSchemeOptions } from "../auth/gst-scheme-options";
import { amountInputToPaise, paiseToAmountInput } from "../forms/amount";
import { STATE_OPTIONS } from "../forms/state-options";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useIsOwner } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../ui/field";
import { ErrorState, LoadingState } from "../ui/states";

type Business = RouterOutputs["business"]["get"];

/** Shop details and GST registration; the owner edits, staff see them read-only. */
export function BusinessSettings() {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const query = useQuery(trpc.business.get.queryOptions());
  return (
    <Card aria-labelledby="business-title">
      <CardHeader id="business-title" title={t("business.title")} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <BusinessForm business={query.data} />
      )}
    </Card>
  );
}

function BusinessForm({ business }: { business: Business }) {
  const { t } = useTranslation(["settings", "auth", "common", "errors"]);
  const { t: tAuth } = useTranslation("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const isOwner = useIsOwner();
  const { formError, fieldErrors } = useErrorText();
  const [saved, setSaved] = useState(false);
  const [confirmError, setConfirmError] = useState<string>();
  const { values, bind, set } = useFormValues({
    name: business.name,
    stateCode: business.stateCode,
    gstScheme: business.gstScheme as GstSchemeValue,
    gstin: business.gstin ?? "",
    upiVpa: business.upiVpa ?? "",
    phone: business.phone ? formatIndianMobile(business.phone) : "",
    address: business.address ?? "",
    voiceConfirm: paiseToAmountInput(business.voiceConfirmPaise),
    voiceMode: business.voiceQuickMode ? "quick" : "confirm",
  });
  const update = useMutation(
    trpc.business.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.business.pathKey() });
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(update.error);
  const registered = values.gstScheme !== "UNREGISTERED";

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const { voiceConfirm, voiceMode, ...fields } = values;
    const voiceConfirmPaise =
      voiceConfirm.trim() === "" || voiceConfirm.trim() === "0" ? 0 : amountInputToPaise(voiceConfirm);
    if (voiceConfirmPaise === null) {
      setConfirmError(t("errors:amountInvalid"));
      return;
    }
    setConfirmError(undefined);
    update.mutate({
      ...fields,
      gstin: registered ? fields.gstin : "",
      address: fields.address.trim() || null,
      voiceConfirmPaise,
      voiceQuickMode: voiceMode === "quick",
    });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      {isOwner ? null : <Alert tone="info">{t("business.ownerOnly")}</Alert>}
      <fieldset disabled={!isOwner} className="flex flex-col gap-4">
        <TextField label={t("auth:fields.businessName")} required error={errors.name} {...bind("name")} />
        <SelectField
          label={t("auth:fields.state")}
          options={STATE_OPTIONS}
          error={errors.stateCode}
          {...bind("stateCode")}
        />
        <RadioGroup
          legend={t("auth:fields.gstScheme")}
          name="gstScheme"
          value={values.gstScheme}
          onChange={(value) => set("gstScheme", value)}
          options={gstSchemeOptions(tAuth)}
          error={errors.gstScheme}
        />
        {registered ? (
          <TextField
            label={t("auth:fields.gstin")}
            hint={t("auth:fields.gstinHint")}
            autoCapitalize="characters"
            maxLength={15}
            error={errors.gstin}
            {...bind("gstin")}
          />
        ) : null}
        <TextField
          label={t("auth:fields.upiVpa")}
          hint={t("auth:fields.upiVpaHint")}
          optional={t("common:optional")}
          autoCapitalize="none"
          error={errors.upiVpa}
          {...bind("upiVpa")}
        />
        <TextField
          label={t("auth:fields.phone")}
          type="tel"
          inputMode="tel"
          optional={t("common:optional")}
          error={errors.phone}
          {...bind("phone")}
        />
        <TextAreaField
          label={t("auth:fields.address")}
          optional={t("common:optional")}
          error={errors.address}
          {...bind("address")}
        />
        <TextField
          label={t("business.voiceConfirm")}
          hint={t("business.voiceConfirmHint")}
          prefix="₹"
          inputMode="decimal"
          error={confirmError ?? errors.voiceConfirmPaise}
          {...bind("voiceConfirm")}
        />
        <RadioGroup
          legend={t("business.voiceMode")}
          name="voiceMode"
          value={values.voiceMode}
          onChange={(value) => set("voiceMode", value)}
          options={[
            {
              value: "confirm",
              label: t("business.voiceModeConfirm"),
              description: t("business.voiceModeConfirmHint"),
            },
            {
              value: "quick",
              label: t("business.voiceModeQuick"),
              description: t("business.voiceModeQuickHint"),
            },
          ]}
        />
      </fieldset>
      {isOwner ? (
        <>
          <Alert>{formError(update.error)}</Alert>
          {saved && !update.isPending ? <Alert tone="success">{t("business.saved")}</Alert> : null}
          <Button type="submit" loading={update.isPending} className="self-start">
            {t("common:actions.save")}
          </Button>
        </>
      ) : null}
    </form>
  );
}

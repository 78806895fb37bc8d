"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { STATE_OPTIONS } from "../forms/state-options";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../ui/field";
import { AccountFields } from "./account-fields";
import { type GstSchemeValue, gstSchemeOptions } from "./gst-scheme-options";
import { signInWithPassword } from "./sign-in-with-password";

const EMPTY = {
  businessName: "",
  stateCode: "",
  gstScheme: "UNREGISTERED" as GstSchemeValue,
  gstin: "",
  upiVpa: "",
  phone: "",
  address: "",
  name: "",
  email: "",
  password: "",
};

/** New shop + its owner in one step; signs in and opens the dashboard. */
export function SignUpForm() {
  const { t } = useTranslation(["auth", "common", "errors"]);
  const router = useRouter();
  const trpc = useTRPC();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind, set } = useFormValues(EMPTY);
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: async () => {
        if (await signInWithPassword(values.email, values.password)) {
          router.replace("/");
          router.refresh();
        } else {
          router.replace("/sign-in");
        }
      },
    }),
  );
  const errors = fieldErrors(signUp.error);
  const registered = values.gstScheme !== "UNREGISTERED";

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    signUp.mutate({ ...values, gstin: registered ? values.gstin : "" });
  }

  return (
    <Card className="mt-6">
      <h1 className="text-2xl font-bold">{t("signUp.title")}</h1>
      <p className="mt-1 text-slate-600">{t("signUp.subtitle")}</p>
      <form onSubmit={handleSubmit} className="mt-4 flex flex-col gap-6" noValidate>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("signUp.businessSection")}</legend>
          <TextField
            label={t("fields.businessName")}
            autoComplete="organization"
            required
            error={errors.businessName}
            {...bind("businessName")}
          />
          <SelectField
            label={t("fields.state")}
            placeholder={t("fields.statePlaceholder")}
            options={STATE_OPTIONS}
            required
            error={errors.stateCode}
            {...bind("stateCode")}
          />
          <RadioGroup
            legend={t("fields.gstScheme")}
            name="gstScheme"
            value={values.gstScheme}
            onChange={(value) => set("gstScheme", value)}
            options={gstSchemeOptions(t)}
            error={errors.gstScheme}
          />
          {registered ? (
            <TextField
              label={t("fields.gstin")}
              hint={t("fields.gstinHint")}
              autoCapitalize="characters"
              maxLength={15}
              required
              error={errors.gstin}
              {...bind("gstin")}
            />
          ) : null}
          <TextField
            label={t("fields.upiVpa")}
            hint={t("fields.upiVpaHint")}
            optional={t("common:optional")}
            autoCapitalize="none"
            error={errors.upiVpa}
            {...bind("upiVpa")}
          />
          <TextField
            label={t("fields.phone")}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            optional={t("common:optional")}
            error={errors.phone}
            {...bind("phone")}
          />
          <TextAreaField
            label={t("fields.address")}
            optional={t("common:optional")}
            error={errors.address}
            {...bind("address")}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("signUp.ownerSection")}</legend>
          <AccountFields bind={bind} errors={errors} />
        </fieldset>
        <Alert>{formError(signUp.error)}</Alert>
        <Button type="submit" size="lg" loading={signUp.isPending || signUp.isSuccess}>
          {t("signUp.submit")}
        </Button>
      </form>
      <p className="mt-4 text-center text-slate-700">
        {t("signUp.haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signUp.signInLink")}
        </Link>
      </p>
    </Card>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { TextField } from "../ui/field";
import { BackToSignIn } from "./back-to-sign-in";

/** "Forgot password": asks for a mailed link, or says whom to ask where mail is not set up. */
export function ForgotPasswordForm({ mailAvailable }: { mailAvailable: boolean }) {
  const { t } = useTranslation(["auth", "common", "errors"]);
  const trpc = useTRPC();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind } = useFormValues({ email: "" });
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = fieldErrors(request.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    request.mutate(values);
  }

  return (
    <Card className="mt-6">
      <h1 className="text-2xl font-bold">{t("forgotPassword.title")}</h1>
      {!mailAvailable ? (
        <Alert tone="info" className="mt-4">
          {t("forgotPassword.noMail")}
        </Alert>
      ) : request.isSuccess ? (
        <Alert tone="success" className="mt-4">
          {t("forgotPassword.sent", { email: values.email.trim() })}
        </Alert>
      ) : (
        <>
          <p className="mt-1 text-slate-600">{t("forgotPassword.subtitle")}</p>
          <form onSubmit={handleSubmit} className="mt-4 flex flex-col gap-4" noValidate>
            <TextField
              label={t("fields.email")}
              type="email"
              autoComplete="email"
              required
              error={errors.email}
              {...bind("email")}
            />
            <Alert>{formError(request.error)}</Alert>
            <Button type="submit" size="lg" loading={request.isPending}>
              {t("forgotPassword.submit")}
            </Button>
          </form>
        </>
      )}
      <BackToSignIn />
    </Card>
  );
}

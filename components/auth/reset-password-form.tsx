"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
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
import { signInWithPassword } from "./sign-in-with-password";

/** The page a mailed reset link opens: a new password, then straight into the shop. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation(["auth", "common", "errors"]);
  const router = useRouter();
  const trpc = useTRPC();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind } = useFormValues({ newPassword: "" });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async ({ email }) => {
        const signedIn = await signInWithPassword(email, values.newPassword);
        router.replace(signedIn ? "/" : "/sign-in?reset=1");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(reset.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ token, newPassword: values.newPassword });
  }

  return (
    <Card className="mt-6">
      <h1 className="text-2xl font-bold">{t("resetPassword.title")}</h1>
      {token ? (
        <>
          <p className="mt-1 text-slate-600">{t("resetPassword.subtitle")}</p>
          <form onSubmit={handleSubmit} className="mt-4 flex flex-col gap-4" noValidate>
            <TextField
              label={t("resetPassword.newPassword")}
              type="password"
              autoComplete="new-password"
              hint={t("fields.passwordHint")}
              required
              error={errors.newPassword}
              {...bind("newPassword")}
            />
            <Alert>{formError(reset.error)}</Alert>
            <Button type="submit" size="lg" loading={reset.isPending || reset.isSuccess}>
              {t("resetPassword.submit")}
            </Button>
          </form>
          {reset.error ? (
            <p className="mt-4 text-center">
              <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
                {t("signIn.forgotLink")}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <Alert className="mt-4">{t("resetPassword.noToken")}</Alert>
      )}
      <BackToSignIn />
    </Card>
  );
}

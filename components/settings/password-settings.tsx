"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { signInWithPassword } from "../auth/sign-in-with-password";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { TextField } from "../ui/field";

/**
 * Change my password. The server ends every session of mine (other devices are signed out),
 * and this page signs in again at once with the new password.
 */
export function PasswordSettings() {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind, reset } = useFormValues({ currentPassword: "", newPassword: "" });
  const [changed, setChanged] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await signInWithPassword(user.email, values.newPassword);
        await queryClient.invalidateQueries();
        reset();
        setChanged(true);
      },
    }),
  );
  const errors = fieldErrors(change.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    change.mutate(values);
  }
  return (
    <Card aria-labelledby="password-title">
      <CardHeader id="password-title" title={t("password.title")} />
      <form className="flex flex-col gap-3" onSubmit={submit}>
        <TextField
          label={t("password.current")}
          type="password"
          autoComplete="current-password"
          required
          error={errors.currentPassword}
          {...bind("currentPassword")}
        />
        <TextField
          label={t("password.new")}
          type="password"
          autoComplete="new-password"
          hint={t("password.hint")}
          required
          error={errors.newPassword}
          {...bind("newPassword")}
        />
        <Alert>{formError(change.error)}</Alert>
        {changed ? <Alert tone="info">{t("password.changed")}</Alert> : null}
        <Button type="submit" loading={change.isPending} className="self-start">
          {t("password.save")}
        </Button>
      </form>
    </Card>
  );
}

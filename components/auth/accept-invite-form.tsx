"use client";

import { useMutation } from "@tanstack/react-query";
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
import { AccountFields } from "./account-fields";
import { signInWithPassword } from "./sign-in-with-password";

/** Staff join a shop with the code from the owner's invite link, then land on the dashboard. */
export function AcceptInviteForm({ code }: { code: string }) {
  const { t } = useTranslation(["auth", "common", "errors"]);
  const router = useRouter();
  const trpc = useTRPC();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind } = useFormValues({ code, name: "", email: "", password: "" });
  const accept = useMutation(
    trpc.staff.acceptInvitation.mutationOptions({
      onSuccess: async () => {
        const signedIn = await signInWithPassword(values.email, values.password);
        router.replace(signedIn ? "/" : "/sign-in");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(accept.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    accept.mutate(values);
  }

  return (
    <Card className="mt-6">
      <h1 className="text-2xl font-bold">{t("acceptInvite.title")}</h1>
      <p className="mt-1 text-slate-600">{t("acceptInvite.subtitle")}</p>
      <form onSubmit={handleSubmit} className="mt-4 flex flex-col gap-4" noValidate>
        {code ? null : (
          <TextField
            label={t("acceptInvite.code")}
            hint={t("acceptInvite.codeHint")}
            autoCapitalize="none"
            required
            error={errors.code}
            {...bind("code")}
          />
        )}
        {code && errors.code ? <Alert>{errors.code}</Alert> : null}
        <AccountFields bind={bind} errors={errors} />
        <Alert>{formError(accept.error)}</Alert>
        <Button type="submit" size="lg" loading={accept.isPending || accept.isSuccess}>
          {t("acceptInvite.submit")}
        </Button>
      </form>
    </Card>
  );
}

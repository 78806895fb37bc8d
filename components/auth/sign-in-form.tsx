"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormValues } from "../forms/use-form-values";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { TextField } from "../ui/field";
import { signInWithPasswordOutcome } from "./sign-in-with-password";

export function SignInForm({ notice }: { notice: "sessionEnded" | "passwordReset" | null }) {
  const { t } = useTranslation(["auth", "common", "errors"]);
  const router = useRouter();
  const { values, bind } = useFormValues({ email: "", password: "" });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const outcome = await signInWithPasswordOutcome(values.email, values.password);
      if (outcome === "signed-in") {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(t(outcome === "too-many-attempts" ? "signIn.tooManyAttempts" : "signIn.wrongCredentials"));
    } catch {
      setError(t("errors:network"));
    }
    setPending(false);
  }

  return (
    <Card className="mt-6">
      <h1 className="text-2xl font-bold">{t("signIn.title")}</h1>
      <p className="mt-1 text-slate-600">{t("signIn.subtitle")}</p>
      {notice ? (
        <Alert tone="info" className="mt-4">
          {t(`signIn.${notice}`)}
        </Alert>
      ) : null}
      <form onSubmit={handleSubmit} className="mt-4 flex flex-col gap-4" noValidate>
        <TextField label={t("fields.email")} type="email" autoComplete="email" required {...bind("email")} />
        <TextField
          label={t("fields.password")}
          type="password"
          autoComplete="current-password"
          required
          {...bind("password")}
        />
        <Alert>{error}</Alert>
        <Button type="submit" size="lg" loading={pending}>
          {t("signIn.submit")}
        </Button>
      </form>
      <p className="mt-4 text-center">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("signIn.forgotLink")}
        </Link>
      </p>
      <p className="mt-4 text-center text-slate-700">
        {t("signIn.noAccount")}{" "}
        <Link href="/sign-up" className="font-semibold text-brand-700 underline">
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </Card>
  );
}

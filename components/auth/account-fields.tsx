"use client";

import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../ui/field";

type AccountField = "name" | "email" | "password";
type Bound = {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
};

/** The person's own sign-in details, shared by shop sign-up and joining as staff. */
export function AccountFields({
  bind,
  errors,
}: {
  bind: (field: AccountField) => Bound;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation("auth");
  return (
    <>
      <TextField
        label={t("fields.name")}
        autoComplete="name"
        required
        error={errors.name}
        {...bind("name")}
      />
      <TextField
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        required
        error={errors.email}
        {...bind("email")}
      />
      <TextField
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        hint={t("fields.passwordHint")}
        required
        error={errors.password}
        {...bind("password")}
      />
    </>
  );
}

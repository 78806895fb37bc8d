"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";

/** The owner sets a new password for a staff member who forgot theirs; their devices sign out. */
export function StaffPasswordReset({ member }: { member: { id: string; name: string } }) {
  const { t } = useTranslation(["settings", "common"]);
  const trpc = useTRPC();
  const { formError, fieldErrors } = useErrorText();
  const [open, setOpen] = useState(false);
  const [newPassword, setNewPassword] = useState("");
  const reset = useMutation(
    trpc.staff.resetPassword.mutationOptions({
      onSuccess: () => {
        setNewPassword("");
        setOpen(false);
      },
    }),
  );
  if (!open) {
    return (
      <span className="flex items-center gap-2">
        {reset.isSuccess ? <span className="text-sm text-slate-600">{t("staff.passwordSet")}</span> : null}
        <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
          {t("staff.setPassword")}
        </Button>
      </span>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ userId: member.id, newPassword });
  }
  return (
    <form className="flex w-full flex-col gap-2" onSubmit={submit}>
      <TextField
        label={t("staff.newPasswordFor", { name: member.name })}
        type="password"
        autoComplete="new-password"
        hint={t("password.hint")}
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={fieldErrors(reset.error).newPassword}
      />
      <Alert>{formError(reset.error)}</Alert>
      <span className="flex gap-2">
        <Button type="submit" size="sm" loading={reset.isPending}>
          {t("staff.savePassword")}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
          {t("common:actions.cancel")}
        </Button>
      </span>
    </form>
  );
}

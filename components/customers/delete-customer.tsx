"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";
import { Icon } from "../ui/icons";

type Customer = RouterOutputs["customers"]["get"];
type CodeRequest = RouterOutputs["customers"]["requestDeletion"];

/**
 * Owner only: erase a customer's personal data after a second factor the server chooses — the
 * 6-digit code emailed to the owner, or the owner's password when the server cannot send email.
 */
export function DeleteCustomer({ customer }: { customer: Customer }) {
  const { t } = useTranslation(["customers", "common"]);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex min-h-9 items-center gap-2 rounded-lg px-3 text-sm font-medium text-owes-700 hover:bg-owes-50"
      >
        <Icon name="trash" className="size-4" />
        {t("delete.button")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("delete.title", { name: customer.name })}>
        <DeleteCustomerSteps customerId={customer.id} />
      </Dialog>
    </>
  );
}

function DeleteCustomerSteps({ customerId }: { customerId: string }) {
  const { t } = useTranslation(["customers", "common"]);
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { formError, fieldErrors } = useErrorText();
  const [request, setRequest] = useState<CodeRequest | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const requestCode = useMutation(trpc.customers.requestDeletion.mutationOptions({ onSuccess: setRequest }));
  const confirm = useMutation(
    trpc.customers.confirmDeletion.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
        router.push("/customers");
      },
    }),
  );

  if (!request) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-slate-700">{t("delete.explain")}</p>
        <Alert>{formError(requestCode.error)}</Alert>
        <Button
          variant="danger"
          loading={requestCode.isPending}
          onClick={() => requestCode.mutate({ customerId })}
        >
          {t("delete.start")}
        </Button>
      </div>
    );
  }

  function handleConfirm(event: FormEvent) {
    event.preventDefault();
    if (!request) return;
    confirm.mutate(
      request.factor === "PASSWORD"
        ? { requestId: request.requestId, password }
        : { requestId: request.requestId, code },
    );
  }

  if (request.factor === "PASSWORD") {
    const passwordError = fieldErrors(confirm.error).password;
    return (
      <form onSubmit={handleConfirm} className="flex flex-col gap-4" noValidate>
        <Alert tone="info">{t("delete.passwordNotice")}</Alert>
        <TextField
          label={t("delete.passwordLabel")}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={passwordError}
        />
        {passwordError ? null : <Alert>{formError(confirm.error)}</Alert>}
        <Button type="submit" variant="danger" loading={confirm.isPending || confirm.isSuccess}>
          {t("delete.confirm")}
        </Button>
      </form>
    );
  }

  const codeError = fieldErrors(confirm.error).code;
  return (
    <form onSubmit={handleConfirm} className="flex flex-col gap-4" noValidate>
      <Alert tone="info">{t("delete.codeSent", { email: request.sentTo })}</Alert>
      <TextField
        label={t("delete.codeLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        autoFocus
        value={code}
        onChange={(event) => setCode(event.target.value.replace(/\D/g, ""))}
        error={codeError}
      />
      {codeError ? null : <Alert>{formError(confirm.error)}</Alert>}
      <Button type="submit" variant="danger" loading={confirm.isPending || confirm.isSuccess}>
        {t("delete.confirm")}
      </Button>
      <Button
        variant="ghost"
        size="sm"
        loading={requestCode.isPending}
        onClick={() => requestCode.mutate({ customerId })}
      >
        {t("delete.resend")}
      </Button>
    </form>
  );
}

"use client";

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { Button } from "./button";
import { Spinner } from "./spinner";

/** While a query loads; announces itself politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex items-center justify-center gap-2 py-10 text-slate-600">
      <Spinner className="size-5" />
      <span>{label ?? t("states.loading")}</span>
    </div>
  );
}

/** Nothing to show yet, with an optional next step. */
export function EmptyState({
  title,
  body,
  action,
}: {
  title: ReactNode;
  body?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white px-4 py-10 text-center">
      <p className="font-semibold text-slate-800">{title}</p>
      {body ? <p className="max-w-sm text-slate-600">{body}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}

/** A failed query with a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { formError } = useErrorText();
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-3 rounded-xl border border-owes-700/30 bg-owes-50 px-4 py-8 text-center"
    >
      <p className="font-semibold text-owes-700">{t("states.errorTitle")}</p>
      <p className="text-slate-700">{formError(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t("actions.retry")}
        </Button>
      ) : null}
    </div>
  );
}

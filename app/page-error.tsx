"use client";

import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";
import { DATABASE_UNREACHABLE_DIGEST } from "@/lib/database-unreachable";

/** What a page that failed to render shows: the outage in plain words, or the generic error. */
export function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation();
  if (error.digest !== DATABASE_UNREACHABLE_DIGEST) return <ErrorState error={error} onRetry={reset} />;
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-3 rounded-xl border border-owes-700/30 bg-owes-50 px-4 py-8 text-center"
    >
      <p className="font-semibold text-owes-700">{t("states.errorTitle")}</p>
      <p className="text-slate-700">{t("states.databaseUnreachable")}</p>
      <Button variant="secondary" onClick={reset}>
        {t("actions.retry")}
      </Button>
    </div>
  );
}

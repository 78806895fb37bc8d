"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorState, LoadingState } from "../ui/states";

type Check = RouterOutputs["deployment"]["check"]["checks"][number];

const STATUS_STYLE: Record<Check["status"], string> = {
  pass: "bg-emerald-100 text-emerald-800",
  warn: "bg-amber-100 text-amber-900",
  fail: "bg-red-100 text-red-800",
};

/** Every check of the production checklist with its outcome and, when not a pass, its fix. */
export function DeploymentChecks() {
  const { t } = useTranslation("settings");
  const format = useFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.deployment.check.queryOptions(undefined, { refetchOnWindowFocus: false }));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { checks, checkedAt, baseUrl } = query.data;
  const count = (status: Check["status"]) => checks.filter((check) => check.status === status).length;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-700">
          {t("deployment.summary", { pass: count("pass"), warn: count("warn"), fail: count("fail") })} ·{" "}
          {t("deployment.checkedAt", { time: format.dateTime(checkedAt) })}
        </p>
        <Button variant="secondary" loading={query.isFetching} onClick={() => query.refetch()}>
          {t("deployment.again")}
        </Button>
      </div>
      {baseUrl ? null : <p className="text-amber-900">{t("deployment.noUrl")}</p>}
      <Card className="p-0">
        <ul className="divide-y divide-slate-200" aria-label={t("deployment.title")}>
          {checks.map((check) => (
            <li key={check.id} className="flex flex-col gap-1 p-4" aria-label={check.title}>
              <div className="flex items-center gap-2">
                <span className={`rounded px-2 py-0.5 font-medium text-sm ${STATUS_STYLE[check.status]}`}>
                  {t(`deployment.status.${check.status}`)}
                </span>
                <span className="font-medium">{check.title}</span>
              </div>
              <p className="text-slate-700">{check.detail}</p>
              {check.fix ? (
                <p className="text-slate-600">
                  <span className="font-medium">{t("deployment.fix")}:</span> {check.fix}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <p className="text-sm text-slate-600">{t("deployment.cli")}</p>
    </div>
  );
}

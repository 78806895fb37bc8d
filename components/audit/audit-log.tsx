"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { AuditFilters, type AuditFilterValues, EMPTY_FILTERS } from "./audit-filters";

type Row = RouterOutputs["audit"]["find"]["items"][number];

/** Owner only: every change in the shop, newest first, filterable. */
export function AuditLog() {
  const { t } = useTranslation(["audit", "common"]);
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_FILTERS);
  const query = useInfiniteQuery(
    trpc.audit.find.infiniteQueryOptions(
      {
        entityType: filters.entityType || undefined,
        action: filters.action || undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        limit: 30,
      },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <AuditFilters value={filters} onChange={setFilters} error={query.error} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Card className="p-0">
            <ol className="divide-y divide-slate-200">
              {rows.map((row) => (
                <AuditRow key={row.id} row={row} />
              ))}
            </ol>
          </Card>
          {query.hasNextPage ? (
            <Button
              variant="secondary"
              onClick={() => query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t("common:actions.loadMore")}
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}

function AuditRow({ row }: { row: Row }) {
  const { t, i18n } = useTranslation("audit");
  const { dateTime } = useFormat();
  // Actions and entity types are open-ended strings: unknown ones show as stored.
  const label = (key: string, fallback: string) =>
    (i18n.getResource(i18n.language, "audit", key) as string | undefined) ?? fallback;
  const action = label(`actions.${row.action}`, row.action);
  const who = row.actorName ?? t(`actor.${row.actorType}`);
  const changes = row.before !== null || row.after !== null;
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold">{action}</span>
        <time className="text-sm text-slate-600" dateTime={new Date(row.createdAt).toISOString()}>
          {dateTime(row.createdAt)}
        </time>
      </div>
      <p className="text-sm text-slate-700">
        {t("by", { who })} · {t(`source.${row.source}`)}
        {row.entityId
          ? ` · ${label(`entity.${row.entityType}`, row.entityType)} …${row.entityId.slice(-6)}`
          : ""}
      </p>
      {changes ? (
        <details className="text-sm">
          <summary className="cursor-pointer rounded text-brand-700 underline">{t("details")}</summary>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {row.before !== null ? <Snapshot title={t("before")} value={row.before} /> : null}
            {row.after !== null ? <Snapshot title={t("after")} value={row.after} /> : null}
          </div>
        </details>
      ) : null}
    </li>
  );
}

function Snapshot({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="font-medium text-slate-700">{title}</p>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-2 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

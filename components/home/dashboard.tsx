"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { BulkOverdueButton } from "../reminders/bulk-overdue-button";
import { useBookLineView } from "../reports/book-line";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { ButtonLink } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { AgingBar, AgingLegend } from "./aging-bar";
import { CollectionsChart } from "./collections-chart";
import { PromisedToday } from "./promised-today";

type Summary = RouterOutputs["reports"]["dashboard"];

/** Home: what the shop will get, what came in, who owes most, what happened lately. */
export function Dashboard() {
  const trpc = useTRPC();
  const query = useQuery(trpc.reports.dashboard.queryOptions());
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <DashboardContent summary={query.data} />;
}

function DashboardContent({ summary }: { summary: Summary }) {
  const { t } = useTranslation(["home", "customers"]);
  const { money } = useFormat();
  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label={t("cards.receivable")}
          value={money(summary.receivablePaise)}
          note={t("cards.debtors", { count: summary.debtorCount })}
          tone="owes"
        />
        <StatCard
          label={t("cards.advances")}
          value={money(summary.advancesPaise)}
          note={
            summary.lowStockCount > 0 ? (
              <Link href="/products?filter=low-stock" className="font-medium text-owes-700 underline">
                {t("cards.lowStock", { count: summary.lowStockCount })}
              </Link>
            ) : undefined
          }
        />
        <StatCard label={t("cards.today")} value={money(summary.collectedTodayPaise)} tone="advance" />
        <StatCard label={t("cards.week")} value={money(summary.collectedThisWeekPaise)} tone="advance" />
      </div>
      <PromisedToday />
      {summary.debtorCount > 0 ? (
        <div className="flex justify-end">
          <BulkOverdueButton />
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="collections-title">
          <CardHeader id="collections-title" title={t("chart.title")} />
          <CollectionsChart days={summary.collectionsPerDay} />
        </Card>
        <TopDebtors debtors={summary.topDebtors} />
      </div>
      <RecentActivity entries={summary.recentActivity} />
    </div>
  );
}

function StatCard(props: {
  label: string;
  value: string;
  note?: ReactNode;
  tone?: "owes" | "advance";
  wide?: boolean;
}) {
  return (
    <Card className={cx("flex flex-col gap-1", props.wide && "col-span-2 lg:col-span-1")}>
      <h2 className="text-sm font-medium text-slate-600">{props.label}</h2>
      <p
        className={cx(
          "tabular text-lg font-bold break-words sm:text-2xl",
          props.tone === "owes" && "text-owes-700",
          props.tone === "advance" && "text-advance-700",
        )}
      >
        {props.value}
      </p>
      {props.note ? <p className="text-sm text-slate-600">{props.note}</p> : null}
    </Card>
  );
}

function TopDebtors({ debtors }: { debtors: Summary["topDebtors"] }) {
  const { t } = useTranslation(["home", "customers"]);
  const { money } = useFormat();
  return (
    <Card aria-labelledby="debtors-title">
      <CardHeader
        id="debtors-title"
        title={t("debtors.title")}
        action={
          <Link href="/customers" className="text-sm font-medium text-brand-700 underline">
            {t("debtors.all")}
          </Link>
        }
      />
      {debtors.length === 0 ? (
        <EmptyState title={t("debtors.emptyTitle")} body={t("debtors.emptyBody")} />
      ) : (
        <>
          <ul className="-mx-4 divide-y divide-slate-200">
            {debtors.map((debtor) => (
              <li key={debtor.customerId}>
                <Link
                  href={`/customers/${debtor.customerId}`}
                  className="flex flex-col gap-1.5 px-4 py-2 hover:bg-slate-50"
                >
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="truncate font-medium">{debtor.name}</span>
                    <span className="tabular shrink-0 font-semibold text-owes-700">
                      {money(debtor.balancePaise)}
                    </span>
                  </span>
                  <AgingBar buckets={debtor} />
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-3">
            <AgingLegend />
          </div>
        </>
      )}
    </Card>
  );
}

function RecentActivity({ entries }: { entries: Summary["recentActivity"] }) {
  const { t } = useTranslation("home");
  const { ago, money } = useFormat();
  const viewOf = useBookLineView();
  return (
    <Card aria-labelledby="recent-title">
      <CardHeader id="recent-title" title={t("recent.title")} />
      {entries.length === 0 ? (
        <EmptyState
          title={t("recent.emptyTitle")}
          body={t("recent.emptyBody")}
          action={<ButtonLink href="/customers/new">{t("actions.addCustomer")}</ButtonLink>}
        />
      ) : (
        <ul className="-mx-4 divide-y divide-slate-200">
          {entries.map((entry) => {
            // The daybook's words: an undo or a cancelled bill is never shown as money in or out.
            const line = viewOf(entry);
            const toneClass = cx(
              line.tone === "owes" && "text-owes-700",
              line.tone === "advance" && "text-advance-700",
              line.tone === "muted" && "text-slate-500",
            );
            return (
              <li key={entry.id}>
                <Link
                  href={`/customers/${entry.customer.id}`}
                  className="flex items-center gap-3 px-4 py-2 hover:bg-slate-50"
                >
                  <Icon name={line.icon} className={toneClass} />
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="truncate font-medium">{entry.customer.name}</span>
                    <span className="text-sm text-slate-600">
                      <span className={cx(line.struck && "line-through")}>{line.title}</span> ·{" "}
                      {ago(entry.occurredAt)}
                    </span>
                  </span>
                  <span
                    className={cx(
                      "tabular shrink-0 font-semibold",
                      toneClass,
                      !line.counted && "font-normal",
                    )}
                  >
                    {line.counted ? money(Math.abs(entry.amountPaise)) : line.amount}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

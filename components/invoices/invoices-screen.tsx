"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { InvoiceStatus } from "@/generated/prisma/enums";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button, ButtonLink } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { Icon } from "../ui/icons";
import { PageHeader } from "../ui/page-header";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { InvoiceStatusBadge } from "./status-badge";

type Filter = "ALL" | InvoiceStatus;
const FILTERS: readonly Filter[] = ["ALL", ...Object.values(InvoiceStatus)];

type InvoiceListItem = RouterOutputs["invoices"]["find"]["items"][number];

/** /invoices: newest first, filtered by status. */
export function InvoicesScreen() {
  const { t } = useTranslation("invoices");
  const [filter, setFilter] = useState<Filter>("ALL");
  const newInvoice = (
    <ButtonLink href="/invoices/new">
      <Icon name="plus" />
      {t("new")}
    </ButtonLink>
  );
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={newInvoice} />
      <div className="mb-4">
        <ChoiceChips
          legend={t("status.legend")}
          hideLegend
          name="invoice-status"
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </div>
      <InvoiceList status={filter === "ALL" ? undefined : filter} emptyAction={newInvoice} />
    </>
  );
}

function InvoiceList({ status, emptyAction }: { status?: InvoiceStatus; emptyAction: ReactNode }) {
  const { t } = useTranslation(["invoices", "common"]);
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.invoices.find.infiniteQueryOptions(
      { status, limit: 25 },
      { initialCursor: null, getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return status ? (
      <EmptyState title={t("list.noMatchTitle")} />
    ) : (
      <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} action={emptyAction} />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul
        aria-label={t("list.label")}
        className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white"
      >
        {items.map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} />
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          {t("common:actions.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

function InvoiceRow({ invoice }: { invoice: InvoiceListItem }) {
  const { t } = useTranslation("invoices");
  const { money, date } = useFormat();
  return (
    <li>
      <Link href={`/invoices/${invoice.id}`} className="flex items-center gap-3 px-3 py-3 hover:bg-slate-50">
        <div className="min-w-0 flex-1">
          <p className="truncate font-semibold">{invoice.customer.name}</p>
          <p className="truncate text-sm text-slate-600">
            {invoice.number} · {date(invoice.issuedAt)}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          <span className="tabular font-semibold">{money(invoice.totalPaise)}</span>
          {invoice.duePaise > 0 && invoice.status !== "CANCELLED" ? (
            <span className="tabular text-sm font-medium text-owes-700">
              {t("list.due", { amount: money(invoice.duePaise) })}
            </span>
          ) : null}
          <InvoiceStatusBadge status={invoice.status} />
        </div>
        <Icon name="chevronRight" className="text-slate-400" />
      </Link>
    </li>
  );
}

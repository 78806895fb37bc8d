"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatIndianMobile } from "@/lib/phone";
import { useDebouncedValue } from "../forms/use-debounced-value";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button, ButtonLink } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { Icon } from "../ui/icons";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { BalanceLabel } from "./balance-label";

type Sort = "balance" | "recent" | "name";
type CustomerRow = RouterOutputs["customers"]["find"]["items"][number];

export function CustomerList() {
  const { t } = useTranslation(["customers", "common"]);
  const trpc = useTRPC();
  const [searchText, setSearchText] = useState("");
  const [sort, setSort] = useState<Sort>("balance");
  const search = useDebouncedValue(searchText.trim(), 300);
  const query = useInfiniteQuery(
    trpc.customers.find.infiniteQueryOptions(
      { search: search || undefined, sort, limit: 25 },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: (previous) => previous },
    ),
  );
  const customers = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3">
        <label className="relative block">
          <span className="sr-only">{t("list.searchLabel")}</span>
          <Icon name="search" className="pointer-events-none absolute top-3 left-3 text-slate-500" />
          <input
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            placeholder={t("list.searchPlaceholder")}
            className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white pr-3 pl-10 text-base"
          />
        </label>
        {search ? (
          <p className="text-sm text-slate-600">{t("list.sortedByMatch")}</p>
        ) : (
          <ChoiceChips
            legend={t("list.sortLabel")}
            name="sort"
            value={sort}
            onChange={setSort}
            options={[
              { value: "balance", label: t("list.sort.balance") },
              { value: "recent", label: t("list.sort.recent") },
              { value: "name", label: t("list.sort.name") },
            ]}
          />
        )}
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : customers.length === 0 ? (
        search ? (
          <EmptyState title={t("list.noMatchTitle", { search })} body={t("list.noMatchBody")} />
        ) : (
          <EmptyState
            title={t("list.emptyTitle")}
            body={t("list.emptyBody")}
            action={<ButtonLink href="/customers/new">{t("list.add")}</ButtonLink>}
          />
        )
      ) : (
        <>
          <ul
            className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white"
            aria-busy={query.isFetching}
          >
            {customers.map((customer) => (
              <CustomerListItem key={customer.id} customer={customer} />
            ))}
          </ul>
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

function CustomerListItem({ customer }: { customer: CustomerRow }) {
  const { t } = useTranslation("customers");
  const { ago } = useFormat();
  return (
    <li>
      <Link
        href={`/customers/${customer.id}`}
        className="flex items-center gap-3 px-3 py-3 hover:bg-slate-50"
      >
        <span
          aria-hidden="true"
          className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 font-semibold text-brand-700"
        >
          {customer.name.trim().charAt(0).toUpperCase() || "?"}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate font-semibold text-slate-900">{customer.name}</span>
          {customer.phone ? (
            <span className="truncate text-sm text-slate-600">{formatIndianMobile(customer.phone)}</span>
          ) : null}
        </span>
        <span className="flex shrink-0 flex-col items-end">
          <BalanceLabel paise={customer.balancePaise} size="sm" />
          <span className="text-xs text-slate-600">
            {t("list.lastActivity", { when: ago(customer.lastActivityAt) })}
          </span>
        </span>
      </Link>
    </li>
  );
}

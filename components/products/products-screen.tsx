"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../forms/use-debounced-value";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import { Button, ButtonLink } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { TextField } from "../ui/field";
import { Icon } from "../ui/icons";
import { PageHeader } from "../ui/page-header";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { ProductRow } from "./product-row";

export type ProductFilter = "all" | "lowStock";

const LIST = "divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white";

/** The catalogue: search by name or other name, or only what is running low. */
export function ProductsScreen({ initialFilter = "all" }: { initialFilter?: ProductFilter }) {
  const { t } = useTranslation("products");
  const { business } = useCurrentUser();
  const [search, setSearch] = useState("");
  const [filter, setFilter] = useState<ProductFilter>(initialFilter);
  const debouncedSearch = useDebouncedValue(search.trim());
  const showGst = business.gstScheme !== "UNREGISTERED";

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <ButtonLink href="/products/new">
            <Icon name="plus" />
            {t("add")}
          </ButtonLink>
        }
      />
      <div className="mb-4 flex flex-col gap-3">
        <TextField
          label={t("search.label")}
          type="search"
          placeholder={t("search.placeholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          disabled={filter === "lowStock"}
        />
        <ChoiceChips
          legend={t("filter.legend")}
          hideLegend
          name="product-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: "all", label: t("filter.all") },
            { value: "lowStock", label: t("filter.lowStock") },
          ]}
        />
      </div>
      {filter === "lowStock" ? (
        <LowStockList showGst={showGst} />
      ) : (
        <CatalogueList search={debouncedSearch} showGst={showGst} />
      )}
    </>
  );
}

function CatalogueList({ search, showGst }: { search: string; showGst: boolean }) {
  const { t } = useTranslation(["products", "common"]);
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.products.find.infiniteQueryOptions(
      { search: search || undefined, limit: 25 },
      { initialCursor: 0, getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return search ? (
      <EmptyState title={t("list.noMatchTitle", { search })} body={t("list.noMatchBody")} />
    ) : (
      <EmptyState
        title={t("list.emptyTitle")}
        body={t("list.emptyBody")}
        action={<ButtonLink href="/products/new">{t("add")}</ButtonLink>}
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label={t("list.label")} className={LIST}>
        {items.map((product) => (
          <ProductRow key={product.id} product={product} showGst={showGst} />
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

function LowStockList({ showGst }: { showGst: boolean }) {
  const { t } = useTranslation("products");
  const trpc = useTRPC();
  const query = useQuery(trpc.products.lowStock.queryOptions({ limit: 200 }));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0) {
    return <EmptyState title={t("list.noLowStockTitle")} body={t("list.noLowStockBody")} />;
  }
  return (
    <ul aria-label={t("list.label")} className={LIST}>
      {query.data.map((product) => (
        <ProductRow key={product.id} product={product} showGst={showGst} />
      ))}
    </ul>
  );
}

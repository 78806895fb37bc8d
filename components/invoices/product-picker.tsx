"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../forms/use-debounced-value";
import { useFormat } from "../i18n/format";
import { useUnitLabel } from "../products/use-labels";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { TextField } from "../ui/field";
import { Icon } from "../ui/icons";
import { Spinner } from "../ui/spinner";
import { ErrorState } from "../ui/states";

export type CatalogueItem = RouterOutputs["products"]["find"]["items"][number];

/** Type a name or other name (chawal, चावल) and tap the product to add it as a line. */
export function ProductPicker({ onAdd }: { onAdd: (product: CatalogueItem) => void }) {
  const { t } = useTranslation("invoices");
  const trpc = useTRPC();
  const format = useFormat();
  const unitLabel = useUnitLabel();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search.trim());
  const query = useQuery(
    trpc.products.find.queryOptions({ search: debounced, limit: 8 }, { enabled: debounced.length > 0 }),
  );
  return (
    <div className="flex flex-col gap-2">
      <TextField
        label={t("editor.productSearch")}
        type="search"
        placeholder={t("editor.productPlaceholder")}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {debounced.length === 0 ? null : query.isPending ? (
        <Spinner className="size-5 text-slate-500" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="text-slate-600">{t("editor.noProduct")}</p>
      ) : (
        <ul aria-label={t("editor.productResults")} className="flex flex-col gap-1">
          {query.data.items.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                onClick={() => {
                  onAdd(product);
                  setSearch("");
                }}
                className="flex min-h-11 w-full items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-left hover:bg-slate-50"
              >
                <Icon name="plus" className="text-brand-700" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{product.name}</span>
                  {product.aliases.length > 0 ? (
                    <span className="block truncate text-sm text-slate-600">
                      {product.aliases.join(", ")}
                    </span>
                  ) : null}
                </span>
                <span className="tabular shrink-0 text-sm text-slate-700">
                  {format.money(product.pricePaise)} / {unitLabel(product.unit)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

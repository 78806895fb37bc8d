"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { stateName } from "@/lib/gst/states";
import { BalanceLabel } from "../customers/balance-label";
import { useDebouncedValue } from "../forms/use-debounced-value";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { Spinner } from "../ui/spinner";
import { ErrorState } from "../ui/states";

export type PickedCustomer = RouterOutputs["customers"]["get"];

type Props = {
  customer: PickedCustomer | null;
  onPick: (customerId: string) => void;
  onClear: () => void;
  error?: string;
};

/** Search the shop's customers by name or phone and pick one; shows the pick with a "change" button. */
export function CustomerPicker({ customer, onPick, onClear, error }: Props) {
  const { t } = useTranslation("invoices");
  if (customer) {
    return (
      <div className="flex items-start justify-between gap-3 rounded-lg border border-brand-600 bg-brand-50 p-3">
        <div className="min-w-0">
          <p className="truncate font-semibold" data-testid="picked-customer">
            {customer.name}
          </p>
          {customer.phone ? <p className="text-sm text-slate-700">{customer.phone}</p> : null}
          {customer.gstin ? <p className="text-sm text-slate-700">GSTIN {customer.gstin}</p> : null}
          {customer.stateCode ? (
            <p className="text-sm text-slate-700">
              {t("editor.customerState", { state: stateName(customer.stateCode) ?? customer.stateCode })}
            </p>
          ) : null}
        </div>
        <Button variant="secondary" size="sm" onClick={onClear}>
          {t("editor.change")}
        </Button>
      </div>
    );
  }
  return <CustomerSearch onPick={onPick} error={error} />;
}

function CustomerSearch({ onPick, error }: { onPick: (customerId: string) => void; error?: string }) {
  const { t } = useTranslation("invoices");
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search.trim());
  const query = useQuery(
    trpc.customers.find.queryOptions({ search: debounced, limit: 8 }, { enabled: debounced.length > 0 }),
  );
  return (
    <div className="flex flex-col gap-2">
      <TextField
        label={t("editor.customerSearch")}
        type="search"
        placeholder={t("editor.customerPlaceholder")}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        error={error}
      />
      {debounced.length === 0 ? null : query.isPending ? (
        <Spinner className="size-5 text-slate-500" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="text-slate-600">{t("editor.noCustomer")}</p>
      ) : (
        <ul aria-label={t("editor.customerResults")} className="flex flex-col gap-1">
          {query.data.items.map((customer) => (
            <li key={customer.id}>
              <button
                type="button"
                onClick={() => onPick(customer.id)}
                className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-left hover:bg-slate-50"
              >
                <span className="min-w-0">
                  <span className="block truncate font-medium">{customer.name}</span>
                  {customer.phone ? (
                    <span className="block text-sm text-slate-600">{customer.phone}</span>
                  ) : null}
                </span>
                <BalanceLabel paise={customer.balancePaise} size="sm" className="shrink-0" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Link href="/customers/new" className="self-start text-sm font-medium text-brand-700 underline">
        {t("editor.addCustomer")}
      </Link>
    </div>
  );
}

"use client";

import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Card, CardHeader } from "../ui/card";
import { ErrorState, LoadingState } from "../ui/states";

const OPEN_STATUSES = ["ISSUED", "PARTIALLY_PAID"] as const;

/** Unpaid and part-paid invoices, oldest first: the order payments settle them in. */
export function OpenInvoices({ customerId }: { customerId: string }) {
  const { t } = useTranslation("customers");
  const trpc = useTRPC();
  const { money, date } = useFormat();
  const queries = useQueries({
    queries: OPEN_STATUSES.map((status) =>
      trpc.invoices.find.queryOptions({ customerId, status, limit: 20 }),
    ),
  });
  const failed = queries.find((query) => query.isError);
  const invoices = queries
    .flatMap((query) => query.data?.items ?? [])
    .sort((a, b) => new Date(a.issuedAt).getTime() - new Date(b.issuedAt).getTime());

  if (queries.some((query) => query.isPending)) {
    return (
      <Card>
        <LoadingState />
      </Card>
    );
  }
  if (failed) {
    return (
      <ErrorState
        error={failed.error}
        onRetry={() => {
          for (const query of queries) void query.refetch();
        }}
      />
    );
  }
  if (invoices.length === 0) return null;

  return (
    <Card aria-labelledby="open-invoices-title">
      <CardHeader id="open-invoices-title" title={t("openInvoices.title", { count: invoices.length })} />
      <ul className="-mx-4 divide-y divide-slate-200">
        {invoices.map((invoice) => (
          <li key={invoice.id}>
            <Link
              href={`/invoices/${invoice.id}`}
              className="flex items-center justify-between gap-3 px-4 py-2 hover:bg-slate-50"
            >
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">{invoice.number}</span>
                <span className="text-sm text-slate-600">
                  {date(invoice.issuedAt)} · {t("openInvoices.total", { amount: money(invoice.totalPaise) })}
                </span>
              </span>
              <span className="tabular shrink-0 font-semibold text-owes-700">
                {t("openInvoices.due", { amount: money(invoice.duePaise) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

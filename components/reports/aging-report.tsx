"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { cx } from "../ui/cx";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { CsvLink } from "./csv-link";
import { exportUrl } from "./ist-ranges";

type Aging = RouterOutputs["reports"]["aging"];
type Buckets = Pick<Aging["totals"], "days0to30" | "days31to60" | "days61to90" | "over90">;

const BUCKETS = [
  { key: "days0to30", label: "aging.bucket0" },
  { key: "days31to60", label: "aging.bucket31" },
  { key: "days61to90", label: "aging.bucket61" },
  { key: "over90", label: "aging.bucket90" },
] as const;

const NUM = "px-2 py-1.5 text-right tabular";

/** Who owes how much, split by how old the unpaid part is (payments settle the oldest first). */
export function AgingReport() {
  const { t } = useTranslation(["reports", "common"]);
  const trpc = useTRPC();
  const { money, date } = useFormat();
  const query = useInfiniteQuery(
    trpc.reports.aging.infiniteQueryOptions(
      { limit: 25 },
      { initialCursor: 0, getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const first = query.data.pages[0];
  const rows = query.data.pages.flatMap((page) => page.items);
  if (!first || rows.length === 0) return <EmptyState title={t("aging.empty")} />;
  const { totals } = first;

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <p className="text-sm text-slate-600">{t("aging.totalDue")}</p>
            <p className="tabular text-2xl font-bold text-owes-700" data-testid="aging-total">
              {money(totals.balancePaise)}
            </p>
          </div>
          <p className="text-sm text-slate-600">{t("aging.customers", { count: totals.customers })}</p>
        </div>
        <BucketGrid buckets={totals} strong />
        <p className="text-xs text-slate-600">
          {t("aging.asOf", { date: date(`${first.asOf}T12:00:00+05:30`) })}
        </p>
      </Card>

      <ul className="flex flex-col gap-2 sm:hidden">
        {rows.map((row) => (
          <li key={row.customerId}>
            <Card className="flex flex-col gap-2 p-3">
              <div className="flex items-baseline justify-between gap-2">
                <Link
                  href={`/customers/${row.customerId}`}
                  className="min-w-0 truncate font-semibold hover:underline"
                >
                  {row.name}
                </Link>
                <span className="tabular font-semibold text-owes-700">{money(row.balancePaise)}</span>
              </div>
              <BucketGrid buckets={row} />
            </Card>
          </li>
        ))}
      </ul>

      <Card className="hidden p-0 sm:block">
        <table className="w-full border-collapse text-sm">
          <thead className="border-b border-slate-300 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("aging.colCustomer")}
              </th>
              <th scope="col" className={NUM}>
                {t("aging.colBalance")}
              </th>
              {BUCKETS.map((bucket) => (
                <th key={bucket.key} scope="col" className={NUM}>
                  {t(bucket.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.customerId}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium">
                  <Link href={`/customers/${row.customerId}`} className="hover:underline">
                    {row.name}
                  </Link>
                </th>
                <td className={cx(NUM, "font-semibold")}>{money(row.balancePaise)}</td>
                {BUCKETS.map((bucket) => (
                  <td key={bucket.key} className={cx(NUM, row[bucket.key] === 0 && "text-slate-400")}>
                    {money(row[bucket.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      {query.hasNextPage ? (
        <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          {t("common:actions.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

function BucketGrid({ buckets, strong }: { buckets: Buckets; strong?: boolean }) {
  const { t } = useTranslation("reports");
  const { money } = useFormat();
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {BUCKETS.map((bucket) => (
        <div key={bucket.key} className="rounded-lg bg-slate-50 px-2 py-1.5">
          <dt className="text-xs text-slate-600">{t(bucket.label)}</dt>
          <dd
            className={cx(
              "tabular",
              strong ? "font-bold" : "text-sm",
              buckets[bucket.key] === 0 && "text-slate-400",
            )}
          >
            {money(buckets[bucket.key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AgingCsvLink() {
  const { t } = useTranslation("reports");
  return <CsvLink href={exportUrl("aging")} label={t("downloadCsv")} />;
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRateBp } from "@/lib/gst/rates";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Card, CardHeader } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { CsvLink } from "./csv-link";
import { type DateRange, exportUrl } from "./ist-ranges";

const TH = "px-2 py-1.5 font-semibold";
const TD = "px-2 py-1.5 text-right tabular";

/** GSTR-1 preparation for the owner: taxable value and tax per rate, B2B vs B2C. */
export function GstReport({ range }: { range: DateRange }) {
  const { t } = useTranslation("reports");
  const trpc = useTRPC();
  const { money } = useFormat();
  const query = useQuery(trpc.reports.gstSummary.queryOptions(range));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const summary = query.data;
  if (summary.byRate.length === 0) return <EmptyState title={t("gst.empty")} />;

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader title={t("gst.byRate")} />
        <div className="-mx-4 overflow-x-auto px-4">
          <table className="w-full min-w-[30rem] border-collapse text-sm" data-testid="gst-by-rate">
            <thead className="border-y border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className={`${TH} text-left`}>
                  {t("gst.colRate")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("gst.colInvoices")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("gst.colTaxable")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("gst.colCgst")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("gst.colSgst")}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {t("gst.colIgst")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {summary.byRate.map((row) => (
                <tr key={row.gstRateBp}>
                  <th scope="row" className="px-2 py-1.5 text-left font-medium">
                    {formatRateBp(row.gstRateBp)}
                  </th>
                  <td className={TD}>{row.invoiceCount}</td>
                  <td className={TD}>{money(row.taxablePaise)}</td>
                  <td className={TD}>{money(row.cgstPaise)}</td>
                  <td className={TD}>{money(row.sgstPaise)}</td>
                  <td className={TD}>{money(row.igstPaise)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-xs text-slate-600">{t("gst.cancelledLeftOut")}</p>
      </Card>
      <Card>
        <CardHeader title={t("gst.split")} />
        <div className="grid gap-3 sm:grid-cols-2">
          {(["b2b", "b2c"] as const).map((key) => (
            <dl key={key} className="rounded-lg bg-slate-50 p-3 text-sm" data-testid={`gst-${key}`}>
              <p className="mb-1 font-semibold">{t(`gst.${key}`)}</p>
              {(
                [
                  ["gst.colInvoices", String(summary[key].invoiceCount)],
                  ["gst.colTaxable", money(summary[key].taxablePaise)],
                  ["gst.colTax", money(summary[key].taxPaise)],
                  ["gst.colTotal", money(summary[key].totalPaise)],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="flex justify-between gap-3">
                  <dt>{t(label)}</dt>
                  <dd className="tabular">{value}</dd>
                </div>
              ))}
            </dl>
          ))}
        </div>
      </Card>
    </div>
  );
}

export function GstCsvLink({ range }: { range: DateRange }) {
  const { t } = useTranslation("reports");
  return <CsvLink href={exportUrl("gst", { from: range.from, to: range.to })} label={t("downloadCsv")} />;
}

"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";

type Preview = RouterOutputs["reminders"]["bulkPreview"];
type Row = Preview["customers"][number];

function useSkipText() {
  const { t } = useTranslation("reminders");
  return (row: Row, channel: Preview["channel"]) => {
    if (row.skipReason === null) return null;
    if (row.skipReason === "NO_CONTACT")
      return t(channel === "EMAIL" ? "bulk.skip.noEmail" : "bulk.skip.noPhone");
    return t(`bulk.skip.${row.skipReason}`);
  };
}

/** Who the bulk send reaches, most overdue first: each customer's age, amount or why they are skipped. */
export function BulkOverduePreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation("reminders");
  const { money } = useFormat();
  const skipText = useSkipText();
  if (preview.customers.length === 0) {
    return <p className="text-slate-700">{t("bulk.none", { days: preview.minDaysOverdue })}</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="max-h-72 overflow-y-auto rounded-lg border border-slate-200">
        <table className="w-full text-sm" data-testid="bulk-preview">
          <thead className="sticky top-0 bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-2 py-1 font-medium">{t("bulk.customer")}</th>
              <th className="px-2 py-1 font-medium">{t("bulk.overdue")}</th>
              <th className="px-2 py-1 text-right font-medium">{t("bulk.amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.customers.map((row) => {
              const skipped = skipText(row, preview.channel);
              return (
                <tr
                  key={row.customerId}
                  data-testid="bulk-preview-row"
                  className={cx(skipped && "text-slate-500")}
                >
                  <td className="px-2 py-1">
                    <span className="font-medium">{row.name}</span>
                    {skipped ? <span className="block text-xs text-owes-700">{skipped}</span> : null}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">
                    {t("bulk.days", { count: row.daysOverdue })}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                    {money(row.balancePaise)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.more > 0 ? (
        <p className="text-sm text-slate-600">{t("bulk.more", { count: preview.more })}</p>
      ) : null}
      <BulkOverdueTotals preview={preview} />
    </div>
  );
}

function BulkOverdueTotals({ preview }: { preview: Preview }) {
  const { t } = useTranslation("reminders");
  const { money } = useFormat();
  const { willRemind, skipped, amountPaise } = preview.totals;
  return (
    <div className="text-sm text-slate-800" data-testid="bulk-totals">
      <p className="font-medium">
        {willRemind > 0
          ? t("bulk.willRemind", { count: willRemind, amount: money(amountPaise) })
          : t("bulk.nobodyToSend", { channel: t(`channel.${preview.channel}`) })}{" "}
        {skipped > 0 ? t("bulk.skipped", { count: skipped }) : null}
      </p>
      <p className="text-slate-600">{t("bulk.amountNote")}</p>
    </div>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import type { InvoiceAmounts } from "@/lib/gst/tax";
import { useFormat } from "../i18n/format";
import { cx } from "../ui/cx";

/** The bill's totals, as lib/gst/tax.ts computes them (the lines are shown elsewhere). */
export type Amounts = Omit<InvoiceAmounts, "lines">;

/** Subtotal → discount → taxable → CGST/SGST or IGST → round off → total, for the preview and the bill. */
export function AmountsList({
  amounts,
  showTax,
  interState,
}: {
  amounts: Amounts;
  showTax: boolean;
  interState: boolean;
}) {
  const { t } = useTranslation("invoices");
  const format = useFormat();
  const rows: { key: string; label: string; paise: number; strong?: boolean }[] = [
    { key: "subtotal", label: t("totals.subtotal"), paise: amounts.subtotalPaise },
  ];
  if (amounts.discountPaise > 0)
    rows.push({ key: "discount", label: t("totals.discount"), paise: -amounts.discountPaise });
  if (showTax) {
    rows.push({ key: "taxable", label: t("totals.taxable"), paise: amounts.taxablePaise });
    if (interState) rows.push({ key: "igst", label: t("totals.igst"), paise: amounts.igstPaise });
    else {
      rows.push({ key: "cgst", label: t("totals.cgst"), paise: amounts.cgstPaise });
      rows.push({ key: "sgst", label: t("totals.sgst"), paise: amounts.sgstPaise });
    }
  }
  if (amounts.roundOffPaise !== 0)
    rows.push({ key: "roundOff", label: t("totals.roundOff"), paise: amounts.roundOffPaise });
  rows.push({ key: "total", label: t("totals.total"), paise: amounts.totalPaise, strong: true });

  return (
    <dl className="flex flex-col gap-1">
      {rows.map((row) => (
        <div
          key={row.key}
          data-testid={`amount-${row.key}`}
          className={cx(
            "flex items-baseline justify-between gap-3",
            row.strong && "mt-1 border-t border-slate-300 pt-2 text-lg font-bold",
          )}
        >
          <dt>{row.label}</dt>
          <dd className="tabular">{signedMoney(format.money, row.paise, row.key === "roundOff")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "−₹10.00" for deductions and a negative round off, "+₹0.40" for a positive round off. */
function signedMoney(money: (paise: number) => string, paise: number, showPlus: boolean) {
  if (paise < 0) return `−${money(-paise)}`;
  return showPlus ? `+${money(paise)}` : money(paise);
}

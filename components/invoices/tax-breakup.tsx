"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";

type Document = RouterOutputs["invoices"]["document"];

const CELL = "px-1.5 py-1 tabular";

/** Tax per GST rate: CGST + SGST within the state, IGST across states. */
export function TaxBreakup({ document }: { document: Document }) {
  const { t } = useTranslation("invoices");
  const { money } = useFormat();
  if (!document.showTax || document.taxBreakup.length === 0) return null;
  const head = (label: string, left = false) => (
    <th scope="col" className={cx(CELL, "font-semibold", left ? "text-left" : "text-right")}>
      {label}
    </th>
  );
  return (
    <table className="w-full border-collapse text-xs sm:text-sm" data-testid="tax-breakup">
      <caption className="mb-1 text-left text-sm font-semibold">{t("document.taxBreakup")}</caption>
      <thead className="border-y border-slate-400 bg-slate-50">
        <tr>
          {head(t("document.colTaxRate"), true)}
          {head(t("document.colTaxable"))}
          {document.interState ? (
            head(t("document.colIgst"))
          ) : (
            <>
              {head(t("document.colCgst"))}
              {head(t("document.colSgst"))}
            </>
          )}
          {head(t("document.colTax"))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {document.taxBreakup.map((row) => (
          <tr key={row.gstRateBp}>
            <th scope="row" className={cx(CELL, "text-left font-medium")}>
              {row.gstRate}
            </th>
            <td className={cx(CELL, "text-right")}>{money(row.taxablePaise)}</td>
            {document.interState ? (
              <td className={cx(CELL, "text-right")}>{money(row.igstPaise)}</td>
            ) : (
              <>
                <td className={cx(CELL, "text-right")}>{money(row.cgstPaise)}</td>
                <td className={cx(CELL, "text-right")}>{money(row.sgstPaise)}</td>
              </>
            )}
            <td className={cx(CELL, "text-right")}>{money(row.taxPaise)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

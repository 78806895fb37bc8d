"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useUnitLabel } from "../products/use-labels";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";

type Document = RouterOutputs["invoices"]["document"];
type Line = Document["lines"][number];

const TH = "px-2 py-1.5 font-semibold";
const TH_LEFT = `${TH} text-left`;
const TD = "px-2 py-1.5 align-top";
const NUM = "text-right tabular";

/**
 * The lines as a table (A4, desktop) and as a stacked list (phones, 80 mm thermal rolls), so
 * nothing ever scrolls sideways. `compact` forces the list.
 */
export function InvoiceLines({ document, compact }: { document: Document; compact: boolean }) {
  const hasDiscount = document.lines.some((line) => line.discountPaise > 0);
  return (
    <>
      <LineList document={document} className={compact ? "" : "sm:hidden"} />
      {compact ? null : <LineTable document={document} hasDiscount={hasDiscount} />}
    </>
  );
}

function useQuantityText() {
  const unitLabel = useUnitLabel();
  return (line: Line) => `${line.quantity}${line.unit ? ` ${unitLabel(line.unit)}` : ""}`;
}

function LineTable({ document, hasDiscount }: { document: Document; hasDiscount: boolean }) {
  const { t } = useTranslation("invoices");
  const { money } = useFormat();
  const quantityText = useQuantityText();
  const showHsn = document.documentType !== "BILL";
  return (
    <table className="hidden w-full border-collapse text-sm sm:table">
      <caption className="sr-only">{t("document.lines")}</caption>
      <thead className="border-y border-slate-400 bg-slate-50">
        <tr>
          <th scope="col" className={TH_LEFT}>
            {t("document.colNo")}
          </th>
          <th scope="col" className={TH_LEFT}>
            {t("document.colItem")}
          </th>
          {showHsn ? (
            <th scope="col" className={TH_LEFT}>
              {t("document.colHsn")}
            </th>
          ) : null}
          <th scope="col" className={cx(TH, "text-right")}>
            {t("document.colQty")}
          </th>
          <th scope="col" className={cx(TH, "text-right")}>
            {t("document.colRate")}
          </th>
          {hasDiscount ? (
            <th scope="col" className={cx(TH, "text-right")}>
              {t("document.colDiscount")}
            </th>
          ) : null}
          {document.showTax ? (
            <>
              <th scope="col" className={cx(TH, "text-right")}>
                {t("document.colTaxable")}
              </th>
              <th scope="col" className={cx(TH, "text-right")}>
                {t("document.colGst")}
              </th>
            </>
          ) : null}
          <th scope="col" className={cx(TH, "text-right")}>
            {t("document.colAmount")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {document.lines.map((line) => (
          <tr key={line.position}>
            <td className={TD}>{line.position}</td>
            <td className={cx(TD, "font-medium")}>{line.description}</td>
            {showHsn ? <td className={TD}>{line.hsn ?? ""}</td> : null}
            <td className={cx(TD, NUM)}>{quantityText(line)}</td>
            <td className={cx(TD, NUM)}>{money(line.ratePaise)}</td>
            {hasDiscount ? (
              <td className={cx(TD, NUM)}>{line.discountPaise > 0 ? money(line.discountPaise) : ""}</td>
            ) : null}
            {document.showTax ? (
              <>
                <td className={cx(TD, NUM)}>{money(line.taxablePaise)}</td>
                <td className={cx(TD, NUM)}>{line.gstRate}</td>
              </>
            ) : null}
            <td className={cx(TD, NUM, "font-semibold")}>{money(line.totalPaise)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LineList({ document, className }: { document: Document; className: string }) {
  const { t } = useTranslation("invoices");
  const { money } = useFormat();
  const quantityText = useQuantityText();
  return (
    <ol
      aria-label={t("document.lines")}
      className={cx("divide-y divide-slate-200 border-y border-slate-300", className)}
    >
      {document.lines.map((line) => (
        <li key={line.position} className="flex flex-col gap-0.5 py-2 text-sm">
          <div className="flex justify-between gap-2">
            <span className="min-w-0 font-medium">
              {line.position}. {line.description}
            </span>
            <span className="tabular shrink-0 font-semibold">{money(line.totalPaise)}</span>
          </div>
          <div className="flex flex-wrap justify-between gap-x-3 text-slate-700">
            <span className="tabular">
              {quantityText(line)} × {money(line.ratePaise)}
              {line.discountPaise > 0 ? ` − ${money(line.discountPaise)}` : ""}
            </span>
            {document.showTax ? (
              <span className="tabular">
                {t("document.colGst")} {line.gstRate}
                {line.hsn ? ` · ${t("document.colHsn")} ${line.hsn}` : ""}
              </span>
            ) : line.hsn && document.documentType !== "BILL" ? (
              <span>
                {t("document.colHsn")} {line.hsn}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

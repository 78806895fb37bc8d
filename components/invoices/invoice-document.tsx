"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";
import { AmountsList } from "./amounts-list";
import { InvoiceLines } from "./invoice-lines";
import { InvoiceStatusBadge } from "./status-badge";
import { TaxBreakup } from "./tax-breakup";

export type InvoiceDocumentData = RouterOutputs["invoices"]["document"];

type Party = InvoiceDocumentData["customer"];

function PartyDetails({ party, showGstin }: { party: Party; showGstin: boolean }) {
  const { t } = useTranslation("invoices");
  return (
    <div className="flex flex-col text-sm text-slate-700">
      {party.address ? <span className="whitespace-pre-line">{party.address}</span> : null}
      {party.phone ? (
        <span>
          {t("document.phone")}: {party.phone}
        </span>
      ) : null}
      {showGstin && party.gstin ? (
        <span className="font-medium text-slate-900">
          {t("document.gstin")}: {party.gstin}
        </span>
      ) : null}
      {party.stateName ? (
        <span>
          {t("document.state")}: {party.stateName} ({party.stateCode})
        </span>
      ) : null}
    </div>
  );
}

/**
 * The bill as the customer sees it (screen, print, thermal): the same data the PDF uses, from
 * invoices.document. `compact` is the 80 mm thermal layout.
 */
export function InvoiceDocument({
  document,
  compact = false,
}: {
  document: InvoiceDocumentData;
  compact?: boolean;
}) {
  const { t } = useTranslation("invoices");
  const { money, date } = useFormat();
  const { totals } = document;
  const registered = document.documentType !== "BILL";
  const cancelled = document.cancelled;

  return (
    <article
      id="invoice-document"
      aria-labelledby="invoice-title"
      className={cx(
        "flex flex-col gap-4 rounded-xl border border-slate-200 bg-white text-slate-900 shadow-sm",
        compact ? "mx-auto max-w-[80mm] p-2 text-sm" : "p-4 sm:p-6",
      )}
    >
      {cancelled ? (
        <div
          role="note"
          className="rounded-lg border-2 border-owes-700 px-3 py-2 font-semibold text-owes-700"
        >
          {t("document.cancelled", { date: date(cancelled.at) })}
          {cancelled.reason ? (
            <span className="block font-normal">
              {t("document.cancelReason", { reason: cancelled.reason })}
            </span>
          ) : null}
        </div>
      ) : null}
      <div className={cx("flex flex-col gap-3", !compact && "sm:flex-row sm:justify-between")}>
        <div className="min-w-0">
          <p className="text-xl font-bold">{document.business.name}</p>
          <PartyDetails party={document.business} showGstin={registered} />
        </div>
        <div className={cx("flex flex-col gap-0.5", !compact && "sm:items-end sm:text-right")}>
          <h1 id="invoice-title" className="text-lg font-bold uppercase tracking-wide">
            {t(`documentTypes.${document.documentType}`)}
          </h1>
          <p className="text-sm">
            {t("document.number")}{" "}
            <span className="font-semibold" data-testid="invoice-number">
              {document.number}
            </span>
          </p>
          <p className="text-sm">
            {t("document.date")} {date(document.issuedAt)}
          </p>
          <InvoiceStatusBadge
            status={document.status}
            className="mt-1 self-start sm:self-auto print:hidden"
          />
        </div>
      </div>

      <div className="flex flex-col gap-1 rounded-lg bg-slate-50 p-3">
        <p className="text-xs font-semibold uppercase text-slate-600">{t("document.billTo")}</p>
        <p className="font-semibold">{document.customer.name}</p>
        <PartyDetails party={document.customer} showGstin={registered} />
        {document.showTax ? (
          <p className="text-sm text-slate-700">
            {t("document.placeOfSupply")}: {document.placeOfSupply.label} · {t("document.reverseCharge")}
          </p>
        ) : null}
      </div>

      <InvoiceLines document={document} compact={compact} />

      <div className={cx("flex flex-col gap-4", !compact && "sm:flex-row sm:items-start sm:justify-between")}>
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <TaxBreakup document={document} />
          <p className="text-sm">
            <span className="font-semibold">{t("totals.amountInWords")}: </span>
            <span data-testid="amount-in-words">{document.amountInWords}</span>
          </p>
          {document.notes ? (
            <p className="text-sm whitespace-pre-line">
              <span className="font-semibold">{t("document.notes")}: </span>
              {document.notes}
            </p>
          ) : null}
        </div>
        <div className={cx("flex flex-col gap-2", !compact && "sm:w-72")}>
          <AmountsList amounts={totals} showTax={document.showTax} interState={document.interState} />
          {cancelled ? null : (
            <dl className="flex flex-col gap-1 border-t border-slate-200 pt-2 text-sm">
              <div className="flex justify-between gap-3">
                <dt>{t("totals.paid")}</dt>
                <dd className="tabular">{money(totals.paidPaise)}</dd>
              </div>
              <div className="flex justify-between gap-3 font-semibold" data-testid="invoice-due">
                <dt>{t("totals.due")}</dt>
                <dd className={cx("tabular", totals.duePaise > 0 && "text-owes-700")}>
                  {money(totals.duePaise)}
                </dd>
              </div>
            </dl>
          )}
        </div>
      </div>

      <div className={cx("flex flex-col gap-4", !compact && "sm:flex-row sm:items-end sm:justify-between")}>
        {document.upiQrDataUrl && !cancelled ? (
          <figure className="flex flex-col items-center gap-1 self-center sm:self-auto">
            {/* biome-ignore lint/performance/noImgElement: a server-made data URL, nothing to optimise */}
            <img
              src={document.upiQrDataUrl}
              alt={t("document.scanToPay", { amount: money(totals.duePaise) })}
              width={160}
              height={160}
              className="size-40"
              data-testid="upi-qr"
            />
            <figcaption className="text-center text-sm">
              <span className="block font-semibold">
                {t("document.scanToPay", { amount: money(totals.duePaise) })}
              </span>
              {document.business.upiVpa ? (
                <span className="block">{t("document.upiId", { vpa: document.business.upiVpa })}</span>
              ) : null}
            </figcaption>
          </figure>
        ) : (
          <p className="text-sm text-slate-600">{t("document.thanks")}</p>
        )}
        <div className={cx("text-center text-sm", !compact && "sm:text-right")}>
          <p className="font-semibold">{t("document.forBusiness", { name: document.business.name })}</p>
          <p className="mt-8 border-t border-slate-400 pt-1 text-slate-600">{t("document.signatory")}</p>
        </div>
      </div>
    </article>
  );
}

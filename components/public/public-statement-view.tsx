import { formatInr } from "@/lib/money/paise";
import type { PublicStatement } from "@/server/http/routes/public-pages";
import type { Locale } from "../i18n/config";
import { PayByUpi } from "./pay-by-upi";
import { PublicFrame } from "./public-frame";
import { formatDay, type PublicT } from "./public-t";
import { StatementTable } from "./statement-table";

type Props = { t: PublicT; locale: Locale; statement: PublicStatement & { pdfUrl: string } };

/** A customer's statement from the shared link: the shop, the entries, what is due, and how to pay. */
export function PublicStatementView({ t, locale, statement }: Props) {
  const { business } = statement;
  const to = formatDay(locale, statement.to);
  const period = statement.from
    ? t("public:statement.period", { from: formatDay(locale, statement.from), to })
    : t("public:statement.sinceStart", { to });
  return (
    <PublicFrame t={t} locale={locale} pdfUrl={statement.pdfUrl}>
      <header className="flex flex-col gap-1">
        <p className="text-xl font-bold text-slate-900">{business.name}</p>
        {business.address ? (
          <p className="whitespace-pre-line text-sm text-slate-700">{business.address}</p>
        ) : null}
        {business.phone ? (
          <p className="text-sm text-slate-700">{t("public:shop.phone", { phone: business.phone })}</p>
        ) : null}
        {business.gstin ? (
          <p className="text-sm font-medium text-slate-900">
            {t("public:shop.gstin", { gstin: business.gstin })}
          </p>
        ) : null}
      </header>
      <div>
        <h1 className="text-lg font-bold uppercase tracking-wide">{t("public:statement.title")}</h1>
        <p className="font-semibold" data-testid="public-customer">
          {t("public:statement.for", { name: statement.customerName })}
        </p>
        <p className="text-sm text-slate-700">{period}</p>
      </div>
      {statement.duePaise > 0 && statement.upiLink ? (
        <PayByUpi
          t={t}
          amountPaise={statement.duePaise}
          upiLink={statement.upiLink}
          qrDataUrl={statement.upiQrDataUrl}
          showQr
        />
      ) : (
        <p
          className="rounded-xl border border-slate-200 bg-white p-4 text-center font-semibold"
          data-testid="public-due"
        >
          {statement.duePaise > 0
            ? t("public:pay.due", { amount: formatInr(statement.duePaise) })
            : statement.duePaise < 0
              ? t("public:statement.advance", { amount: formatInr(-statement.duePaise) })
              : t("public:statement.settled")}
        </p>
      )}
      <StatementTable t={t} locale={locale} statement={statement} />
      <p className="text-right font-semibold">
        {t("public:statement.closing", { date: to })}:{" "}
        <span className="tabular">{formatInr(statement.closingPaise)}</span>
      </p>
      <p className="text-xs text-slate-600">{t("public:statement.notCounted")}</p>
    </PublicFrame>
  );
}

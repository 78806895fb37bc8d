import type { PublicBill } from "@/server/http/routes/public-pages";
import type { Locale } from "../i18n/config";
import { I18nProvider } from "../i18n/i18n-provider";
import { RESOURCES } from "../i18n/resources";
import { InvoiceDocument, type InvoiceDocumentData } from "../invoices/invoice-document";
import { PayByUpi } from "./pay-by-upi";
import { PublicFrame } from "./public-frame";
import type { PublicT } from "./public-t";

type Props = { t: PublicT; locale: Locale; bill: PublicBill & { pdfUrl: string } };

/** A bill as its customer sees it from the shared link: the printable bill, a pay button, the PDF. */
export function PublicBillView({ t, locale, bill }: Props) {
  // The shop's screens' fields are not in a public bill; the document component does not show them.
  const document: InvoiceDocumentData = {
    ...bill,
    customerId: "",
    invoiceUrl: "",
    whatsappShareUrl: "",
    customer: { ...bill.customer, phone: null },
  };
  const payable = bill.status !== "CANCELLED" && bill.totals.duePaise > 0 && bill.upiLink;
  return (
    <PublicFrame t={t} locale={locale} pdfUrl={bill.pdfUrl}>
      {bill.cancelled ? (
        <p
          role="status"
          className="text-center text-2xl font-bold uppercase text-owes-700"
          data-testid="public-cancelled"
        >
          {t("public:bill.cancelled")}
        </p>
      ) : null}
      {payable && bill.upiLink ? (
        <PayByUpi
          t={t}
          amountPaise={bill.totals.duePaise}
          upiLink={bill.upiLink}
          qrDataUrl={null}
          showQr={false}
        />
      ) : null}
      <I18nProvider locale={locale} resources={RESOURCES[locale]}>
        <InvoiceDocument document={document} />
      </I18nProvider>
    </PublicFrame>
  );
}

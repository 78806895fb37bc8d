"use client";

import { useTranslation } from "react-i18next";
import { Button, ButtonLink, buttonClasses } from "../ui/button";
import { Icon } from "../ui/icons";
import type { InvoiceDocumentData } from "./invoice-document";
import { InvoiceShareLink } from "./invoice-share-link";

type Props = {
  document: InvoiceDocumentData;
  canCancel: boolean;
  onRecordPayment: () => void;
  onCancel: () => void;
};

/** Print, PDF, WhatsApp, "you got", cancel (owner). Hidden when printing. */
export function InvoiceActions({ document, canCancel, onRecordPayment, onCancel }: Props) {
  const { t } = useTranslation("invoices");
  const open = document.status !== "CANCELLED";
  return (
    <div className="flex flex-wrap gap-2" data-print-hide>
      {open && document.totals.duePaise > 0 ? (
        <Button variant="got" onClick={onRecordPayment}>
          <Icon name="got" />
          {t("actions.recordPayment")}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => window.print()}>
        {t("actions.print")}
      </Button>
      <ButtonLink variant="secondary" href={`/invoices/${document.invoiceId}/print`}>
        {t("actions.printView")}
      </ButtonLink>
      <a className={buttonClasses("secondary")} href={`/api/invoices/${document.invoiceId}/pdf`} download>
        {t("actions.downloadPdf")}
      </a>
      <InvoiceShareLink document={document} />
      <ButtonLink variant="ghost" href={`/customers/${document.customerId}`}>
        {t("actions.customer")}
      </ButtonLink>
      {open && canCancel ? (
        <Button variant="ghost" className="text-owes-700" onClick={onCancel}>
          {t("actions.cancel")}
        </Button>
      ) : null}
    </div>
  );
}

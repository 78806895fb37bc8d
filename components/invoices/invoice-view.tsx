"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { EntryForm } from "../ledger/entry-form";
import { useIsOwner } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import { errorCode } from "../trpc/errors";
import { Alert } from "../ui/alert";
import { Dialog } from "../ui/dialog";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { CancelInvoiceDialog } from "./cancel-invoice-dialog";
import { InvoiceActions } from "./invoice-actions";
import { InvoiceDocument } from "./invoice-document";
import { InvoicePrintStyles } from "./print-styles";

/** /invoices/[id]: the bill itself, and what to do with it. */
export function InvoiceView({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation(["invoices", "ledger"]);
  const trpc = useTRPC();
  const { money } = useFormat();
  const isOwner = useIsOwner();
  const documentQuery = useQuery(trpc.invoices.document.queryOptions({ id: invoiceId }));
  const [dialog, setDialog] = useState<"payment" | "cancel" | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (documentQuery.isPending) return <LoadingState />;
  if (documentQuery.isError) {
    return errorCode(documentQuery.error) === "NOT_FOUND" ? (
      <EmptyState title={t("notFound")} action={<BackLink />} />
    ) : (
      <ErrorState error={documentQuery.error} onRetry={() => documentQuery.refetch()} />
    );
  }
  const document = documentQuery.data;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <InvoicePrintStyles />
      <div className="flex flex-col gap-3" data-print-hide>
        <BackLink />
        <InvoiceActions
          document={document}
          canCancel={isOwner}
          onRecordPayment={() => setDialog("payment")}
          onCancel={() => setDialog("cancel")}
        />
        <Alert tone="success">{message}</Alert>
      </div>
      <InvoiceDocument document={document} />
      <Dialog
        open={dialog === "payment"}
        onClose={() => setDialog(null)}
        title={t("ledger:got.title", { name: document.customer.name })}
      >
        <p className="text-sm text-slate-700">
          {t("payment.amountHint", { amount: money(document.totals.duePaise) })}
          <span className="block text-slate-600">{t("payment.settlesOldest")}</span>
        </p>
        <EntryForm
          kind="got"
          customerId={document.customerId}
          onDone={(text) => {
            setDialog(null);
            setMessage(text);
          }}
        />
      </Dialog>
      {isOwner ? (
        <CancelInvoiceDialog
          invoiceId={document.invoiceId}
          number={document.number}
          open={dialog === "cancel"}
          onClose={() => setDialog(null)}
          onCancelled={() => {
            setDialog(null);
            setMessage(t("cancel.done"));
          }}
        />
      ) : null}
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation("invoices");
  return (
    <Link href="/invoices" className="self-start font-medium text-brand-700 underline">
      {t("backToList")}
    </Link>
  );
}

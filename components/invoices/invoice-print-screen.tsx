"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc/client";
import { errorCode } from "../trpc/errors";
import { Button } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { InvoiceDocument } from "./invoice-document";
import { InvoicePrintStyles, type PaperSize } from "./print-styles";

type Props = { invoiceId: string; initialPaper: PaperSize; autoPrint: boolean };

/** Just the document, for A4 or an 80 mm thermal printer; the toolbar is not printed. */
export function InvoicePrintScreen({ invoiceId, initialPaper, autoPrint }: Props) {
  const { t } = useTranslation("invoices");
  const trpc = useTRPC();
  const query = useQuery(trpc.invoices.document.queryOptions({ id: invoiceId }));
  const [paper, setPaper] = useState<PaperSize>(initialPaper);
  const printed = useRef(false);

  useEffect(() => {
    if (autoPrint && query.data && !printed.current) {
      printed.current = true;
      window.print();
    }
  }, [autoPrint, query.data]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return errorCode(query.error) === "NOT_FOUND" ? (
      <EmptyState title={t("notFound")} />
    ) : (
      <ErrorState error={query.error} onRetry={() => query.refetch()} />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <InvoicePrintStyles paper={paper} />
      <div className="flex flex-wrap items-end justify-between gap-3" data-print-hide>
        <Link href={`/invoices/${invoiceId}`} className="font-medium text-brand-700 underline">
          {t("print.back")}
        </Link>
        <div className="flex flex-wrap items-end gap-3">
          <ChoiceChips
            legend={t("print.paper")}
            name="paper"
            value={paper}
            onChange={setPaper}
            options={[
              { value: "a4", label: t("print.a4") },
              { value: "thermal", label: t("print.thermal") },
            ]}
          />
          <Button onClick={() => window.print()}>{t("print.print")}</Button>
        </div>
      </div>
      <InvoiceDocument document={query.data} compact={paper === "thermal"} />
    </div>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { whatsappShareUrl } from "@/lib/share-links";
import { invoiceShareMessage } from "../public/share-texts";
import { useTRPC } from "../trpc/client";
import { buttonClasses } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { Icon } from "../ui/icons";
import type { InvoiceDocumentData } from "./invoice-document";

/**
 * "Share on WhatsApp" with the bill's public link (the customer opens it without an account) and,
 * while money is due, the UPI pay link — in the customer's language. The link is the same on every
 * share; it is fetched again when the bill is paid or cancelled so the message says so.
 */
export function InvoiceShareLink({ document }: { document: InvoiceDocumentData }) {
  const { t } = useTranslation("invoices");
  const trpc = useTRPC();
  const { mutate, data, isError } = useMutation(trpc.links.forInvoice.mutationOptions());
  const { invoiceId, status } = document;
  const duePaise = document.totals.duePaise;
  // biome-ignore lint/correctness/useExhaustiveDependencies: status and due change the message
  useEffect(() => {
    mutate({ invoiceId });
  }, [mutate, invoiceId, status, duePaise]);

  const cancelled = document.shareKind === "CANCELLED";
  const label = cancelled ? t("actions.whatsappCancelled") : t("actions.whatsapp");
  if (!data || data.kind !== document.shareKind) {
    return (
      <span className={buttonClasses("secondary", "md", "opacity-60")} aria-disabled>
        <Icon name="share" />
        {isError ? t("share.linkFailed") : label}
      </span>
    );
  }
  return (
    <>
      {/* A cancelled bill's message says it was cancelled, so the button says so too. */}
      <a
        className={buttonClasses("secondary")}
        href={whatsappShareUrl(data.customerPhone, invoiceShareMessage(data))}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="invoice-whatsapp"
      >
        <Icon name="share" />
        {label}
      </a>
      <CopyButton text={data.url} label={t("share.copyLink")} />
    </>
  );
}

import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { InvoiceView } from "@/components/invoices/invoice-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("invoices:title") };
}

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InvoiceView invoiceId={id} />;
}

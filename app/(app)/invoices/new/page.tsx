import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { InvoiceEditor } from "@/components/invoices/invoice-editor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("invoices:editor.title") };
}

/** /invoices/new, or /invoices/new?customerId=… from a customer's page. */
export default async function NewInvoicePage({
  searchParams,
}: {
  searchParams: Promise<{ customerId?: string }>;
}) {
  const { customerId } = await searchParams;
  return (
    <InvoiceEditor
      initialCustomerId={typeof customerId === "string" && customerId ? customerId : undefined}
    />
  );
}

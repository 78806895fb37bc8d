import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { InvoicePrintScreen } from "@/components/invoices/invoice-print-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("invoices:actions.printView") };
}

/** /invoices/[id]/print (?paper=thermal for 80 mm rolls, ?autoprint=1 to open the print dialog). */
export default async function InvoicePrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paper?: string; autoprint?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <InvoicePrintScreen
      invoiceId={id}
      initialPaper={query.paper === "thermal" ? "thermal" : "a4"}
      autoPrint={query.autoprint === "1"}
    />
  );
}

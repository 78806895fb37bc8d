import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { InvoicesScreen } from "@/components/invoices/invoices-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("invoices:title") };
}

export default function InvoicesPage() {
  return <InvoicesScreen />;
}

import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { ImportScreen } from "@/components/import/import-screen";
import { CUSTOMER_CSV_HEADERS } from "@/lib/customers/csv-headers";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("import:title") };
}

/** The column list comes from the importer itself, so the template always matches it. */
export default function ImportCustomersPage() {
  return <ImportScreen headers={CUSTOMER_CSV_HEADERS} />;
}

import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { reportTabFrom } from "@/components/reports/report-tabs";
import { ReportsScreen } from "@/components/reports/reports-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("reports:title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const { tab } = await searchParams;
  return <ReportsScreen initialTab={reportTabFrom(tab)} />;
}

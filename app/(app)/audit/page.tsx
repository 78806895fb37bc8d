import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLog } from "@/components/audit/audit-log";
import { getServerT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("common:nav.audit") };
}

export default async function AuditPage() {
  const [{ t }, me] = await Promise.all([getServerT(), getCurrentUser()]);
  if (me?.user.role !== "OWNER") notFound();
  return (
    <>
      <PageHeader title={t("common:nav.audit")} subtitle={t("audit:subtitle")} />
      <AuditLog />
    </>
  );
}

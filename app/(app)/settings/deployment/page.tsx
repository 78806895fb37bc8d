import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getServerT } from "@/components/i18n/server";
import { DeploymentChecks } from "@/components/settings/deployment-checks";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("settings:deployment.title") };
}

export default async function DeploymentPage() {
  const [{ t }, me] = await Promise.all([getServerT(), getCurrentUser()]);
  if (me?.user.role !== "OWNER") notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <PageHeader title={t("settings:deployment.title")} subtitle={t("settings:deployment.subtitle")} />
      <DeploymentChecks />
    </div>
  );
}

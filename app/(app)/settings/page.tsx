import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { BusinessSettings } from "@/components/settings/business-settings-form";
import { DeploymentCard } from "@/components/settings/deployment-card";
import { LanguageSettings } from "@/components/settings/language-settings";
import { PasswordSettings } from "@/components/settings/password-settings";
import { SessionsSettings } from "@/components/settings/sessions-settings";
import { ShopExport } from "@/components/settings/shop-export";
import { StaffSection } from "@/components/settings/staff-section";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("common:nav.settings") };
}

export default async function SettingsPage() {
  const [{ t }, me] = await Promise.all([getServerT(), getCurrentUser()]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t("common:nav.settings")} />
      <LanguageSettings />
      <BusinessSettings />
      {me?.user.role === "OWNER" ? <StaffSection /> : null}
      {me?.user.role === "OWNER" ? <ShopExport /> : null}
      {me?.user.role === "OWNER" ? <DeploymentCard /> : null}
      <PasswordSettings />
      <SessionsSettings />
    </div>
  );
}

import type { Metadata } from "next";
import { Dashboard } from "@/components/home/dashboard";
import { getServerT } from "@/components/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { CommandBar } from "@/components/voice/command-bar";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("home:title") };
}

export default async function HomePage() {
  const [{ t }, me] = await Promise.all([getServerT(), getCurrentUser()]);
  return (
    <>
      <PageHeader
        title={t("home:greeting", { name: me?.user.name ?? "" })}
        actions={
          <ButtonLink href="/customers/new" variant="secondary">
            <Icon name="plus" />
            {t("home:actions.addCustomer")}
          </ButtonLink>
        }
      />
      <CommandBar />
      <Dashboard />
    </>
  );
}

import type { Metadata } from "next";
import { CustomerList } from "@/components/customers/customer-list";
import { getServerT } from "@/components/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("common:nav.customers") };
}

export default async function CustomersPage() {
  const { t } = await getServerT();
  return (
    <>
      <PageHeader
        title={t("common:nav.customers")}
        actions={
          <>
            <ButtonLink href="/customers/import" variant="secondary">
              {t("import:title")}
            </ButtonLink>
            <ButtonLink href="/customers/new">
              <Icon name="plus" />
              {t("customers:list.add")}
            </ButtonLink>
          </>
        }
      />
      <CustomerList />
    </>
  );
}

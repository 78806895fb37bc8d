import type { Metadata } from "next";
import { CustomerForm } from "@/components/customers/customer-form";
import { getServerT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("customers:form.newTitle") };
}

export default async function NewCustomerPage() {
  const { t } = await getServerT();
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("customers:form.newTitle")} />
      <CustomerForm />
    </div>
  );
}

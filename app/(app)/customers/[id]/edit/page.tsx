import type { Metadata } from "next";
import { EditCustomer } from "@/components/customers/edit-customer";
import { getServerT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("customers:form.editTitle") };
}

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { t } = await getServerT();
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("customers:form.editTitle")} />
      <EditCustomer id={id} />
    </div>
  );
}

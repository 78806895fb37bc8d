import type { Metadata } from "next";
import { CustomerDetail } from "@/components/customers/customer-detail";
import { getServerT } from "@/components/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("customers:detail.title") };
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mx-auto max-w-3xl">
      <CustomerDetail id={id} />
    </div>
  );
}

import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { ProductEditScreen } from "@/components/products/product-edit-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("products:editTitle") };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ProductEditScreen productId={id} />;
}

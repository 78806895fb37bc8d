import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { ProductsScreen } from "@/components/products/products-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("products:title") };
}

/** /products, or /products?filter=low-stock straight to what is running low. */
export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ filter?: string }> }) {
  const { filter } = await searchParams;
  return <ProductsScreen initialFilter={filter === "low-stock" ? "lowStock" : "all"} />;
}

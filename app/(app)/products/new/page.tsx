import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { NewProductScreen } from "@/components/products/new-product-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("products:newTitle") };
}

export default function NewProductPage() {
  return <NewProductScreen />;
}

import type { ReactNode } from "react";
import { CatalogueOptionsProvider } from "@/components/products/catalogue-options";
import { catalogueOptions } from "@/server/http/catalogue-options";

export default function ProductsLayout({ children }: { children: ReactNode }) {
  return <CatalogueOptionsProvider value={catalogueOptions()}>{children}</CatalogueOptionsProvider>;
}

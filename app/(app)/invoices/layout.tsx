import type { ReactNode } from "react";
import { CatalogueOptionsProvider } from "@/components/products/catalogue-options";
import { catalogueOptions } from "@/components/products/catalogue-options-server";

export default function InvoicesLayout({ children }: { children: ReactNode }) {
  return <CatalogueOptionsProvider value={catalogueOptions()}>{children}</CatalogueOptionsProvider>;
}

"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { ProductUnit } from "@/lib/products/units";

/** Server configuration the catalogue and bill forms need: the unit list and the allowed GST rates. */
export type CatalogueOptions = { units: readonly ProductUnit[]; gstRatesBp: readonly number[] };

const CatalogueOptionsContext = createContext<CatalogueOptions | null>(null);

/** Set by the products and invoices layouts (server components) from server/products/schema. */
export function CatalogueOptionsProvider({
  value,
  children,
}: {
  value: CatalogueOptions;
  children: ReactNode;
}) {
  return <CatalogueOptionsContext.Provider value={value}>{children}</CatalogueOptionsContext.Provider>;
}

export function useCatalogueOptions(): CatalogueOptions {
  const value = useContext(CatalogueOptionsContext);
  if (!value)
    throw new Error("useCatalogueOptions needs a CatalogueOptionsProvider (products/invoices layout)");
  return value;
}

import { PRODUCT_UNITS, type ProductUnit } from "@/lib/products/units";
import { allowedGstRates } from "./schema";

export type CatalogueOptions = { gstRatesBp: number[]; units: readonly ProductUnit[] };

/** What the product and bill forms may offer: the configured GST rates (GST_RATES) and the units. */
export function catalogueOptions(): CatalogueOptions {
  return { gstRatesBp: allowedGstRates(), units: PRODUCT_UNITS };
}

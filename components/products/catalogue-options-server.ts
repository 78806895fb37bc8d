import { allowedGstRates, PRODUCT_UNITS } from "@/server/products/schema";
import type { CatalogueOptions } from "./catalogue-options";

/**
 * Read on the server (GST_RATES is server configuration) and handed to client forms as props,
 * so the browser bundle never carries the environment or the product schema.
 */
export function catalogueOptions(): CatalogueOptions {
  return { units: PRODUCT_UNITS, gstRatesBp: allowedGstRates() };
}

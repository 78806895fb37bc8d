/** The units a product is sold in; the one list the app and the voice parser share. */
export const PRODUCT_UNITS = [
  "kg",
  "g",
  "litre",
  "ml",
  "piece",
  "packet",
  "dozen",
  "box",
  "bag",
  "bottle",
] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

import type { ProductUnit } from "@/lib/products/units";

/** Spoken unit words → the product units the app stores; paav is a quarter kilo. */
// biome-ignore format: table
export const UNIT_ROWS: readonly (readonly [ProductUnit, number, string])[] = [
  ["kg", 1, "kilo kilos kg kgs kilogram kilograms kilogramme keelo kilu किलो किग्रा किलोग्राम"],
  ["kg", 0.25, "paav pav pao paw पाव"],
  ["g", 1, "gram grams gm gms g gr gramm ग्राम"],
  ["litre", 1, "litre liter litres liters ltr ltrs l lit litar leetar लीटर लिटर"],
  ["ml", 1, "ml millilitre milliliter mls एमएल"],
  ["packet", 1, "packet packets pkt pkts pack packs paket packit pouch paikat पैकेट पाकेट"],
  ["dozen", 1, "dozen dozens darjan darjen darzan दर्जन"],
  ["box", 1, "dabba dabbe dibba dibbe box boxes peti petti crate carton डब्बा डिब्बा डब्बे पेटी"],
  ["bag", 1, "bori bora bag bags sack katta कट्टा बोरी बोरा"],
  ["piece", 1, "piece pieces pc pcs nag pis peice पीस नग"],
  ["bottle", 1, "bottle bottles botal botel बोतल"],
];

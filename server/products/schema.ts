import { z } from "zod";
import { formatRateBp, parseGstRates } from "@/lib/gst/rates";
import { MAX_ENTRY_PAISE } from "@/lib/money/paise";
import { PRODUCT_UNITS } from "@/lib/products/units";
import { parseQuantityToMilli } from "@/lib/quantity";
import { env } from "../env";

export const productId = z.string().min(1).max(64);

export function allowedGstRates(): number[] {
  return parseGstRates(env().GST_RATES);
}

export const gstRateBp = z
  .number({ error: "Choose a GST rate" })
  .int()
  .refine((rate) => allowedGstRates().includes(rate), {
    error: () => `GST rate must be one of ${allowedGstRates().map(formatRateBp).join(", ")}`,
  });

export const hsnCode = z
  .string()
  .trim()
  .refine((value) => value === "" || /^(\d{4}|\d{6}|\d{8})$/.test(value), "HSN code has 4, 6 or 8 digits")
  .transform((value) => value || null)
  .nullish();

const ZERO_QUANTITY = /^(0+(\.0*)?|\.0+)$/;

function quantityInMilli(allowZero: boolean) {
  return z.union([z.string(), z.number()]).transform((value, zctx) => {
    if (allowZero && ZERO_QUANTITY.test(String(value).trim())) return 0;
    try {
      return parseQuantityToMilli(value);
    } catch (error) {
      zctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  });
}

/** A decimal quantity ("12.5", 0) in thousandths of the unit; zero allowed (an empty shelf). */
export const stockQuantity = quantityInMilli(true);
/** A decimal quantity that must be more than zero ("1.5" kg → 1500), at most 3 decimals. */
export const positiveQuantity = quantityInMilli(false);

const aliases = z
  .array(z.string().trim().min(1).max(60))
  .max(20, "At most 20 other names")
  .transform((list) => [...new Set(list)]);

const productFields = z.object({
  name: z.string().trim().min(1, "Name is required").max(120, "At most 120 characters"),
  aliases,
  unit: z.enum(PRODUCT_UNITS, { error: `Unit must be one of ${PRODUCT_UNITS.join(", ")}` }),
  pricePaise: z.number().int("Prices have at most 2 decimals").min(0).max(MAX_ENTRY_PAISE),
  gstRateBp,
  hsn: hsnCode,
  lowStock: stockQuantity.nullish(),
});

// Defaults only on create: zod applies a field's default even inside .partial(), which would
// silently reset the rate or the aliases on every edit that leaves them out.
export const createProductInput = productFields.extend({
  aliases: aliases.default([]),
  gstRateBp: gstRateBp.default(0),
  stock: stockQuantity.default(0),
});

// Stock changes only through adjustStock (owner, with a reason) or invoices, never a plain edit.
export const updateProductInput = productFields.partial().extend({ id: productId });

export const findProductsInput = z.object({
  search: z.string().trim().max(120).optional(),
  includeArchived: z.boolean().default(false),
  cursor: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(25),
});

export const lowStockInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });

export const adjustStockInput = z.object({
  productId,
  /** ADD / REMOVE a quantity, or SET the counted stock. */
  mode: z.enum(["ADD", "REMOVE", "SET"]),
  quantity: stockQuantity,
  reason: z.string().trim().min(1, "Say why").max(300),
});

export type CreateProductInput = z.output<typeof createProductInput>;
export type UpdateProductInput = z.output<typeof updateProductInput>;
export type FindProductsInput = z.output<typeof findProductsInput>;
export type AdjustStockInput = z.output<typeof adjustStockInput>;

import { z } from "zod";
import { InvoiceStatus } from "@/generated/prisma/enums";
import { MAX_ENTRY_PAISE } from "@/lib/money/paise";
import { PRODUCT_UNITS } from "@/lib/products/units";
import { customerId } from "../customers/schema";
import { idempotencyKey } from "../ledger/schema";
import { gstRateBp, hsnCode, positiveQuantity, productId } from "../products/schema";

export const invoiceId = z.string().min(1).max(64);

const paise = z.number().int("Amounts have at most 2 decimals").min(0).max(MAX_ENTRY_PAISE);

/** A catalogue line (defaults from the product) or a free-text line (description and rate required). */
export const invoiceItem = z
  .object({
    productId: productId.optional(),
    description: z.string().trim().min(1).max(200).optional(),
    quantity: positiveQuantity,
    unit: z.enum(PRODUCT_UNITS).optional(),
    ratePaise: paise.optional(),
    discountPaise: paise.optional(),
    gstRateBp: gstRateBp.optional(),
    hsn: hsnCode,
  })
  .refine((item) => item.productId !== undefined || item.description !== undefined, {
    message: "Choose a product or describe the item",
    path: ["description"],
  })
  .refine((item) => item.productId !== undefined || item.ratePaise !== undefined, {
    message: "Enter a rate for an item not in the catalogue",
    path: ["ratePaise"],
  });

export const issueInvoiceInput = z.object({
  customerId,
  items: z.array(invoiceItem).min(1, "Add at least one item").max(200, "At most 200 items"),
  notes: z.string().trim().max(500).nullish(),
  idempotencyKey,
});

export const cancelInvoiceInput = z.object({
  invoiceId,
  reason: z.string().trim().min(1, "Say why").max(300),
  idempotencyKey,
});

const istDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");

export const findInvoicesInput = z.object({
  status: z.enum(InvoiceStatus).optional(),
  customerId: customerId.optional(),
  /** Inclusive Indian calendar days. */
  from: istDate.optional(),
  to: istDate.optional(),
  cursor: invoiceId.nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export type InvoiceItemInput = z.output<typeof invoiceItem>;
export type IssueInvoiceInput = z.output<typeof issueInvoiceInput>;
export type CancelInvoiceInput = z.output<typeof cancelInvoiceInput>;
export type FindInvoicesInput = z.output<typeof findInvoicesInput>;

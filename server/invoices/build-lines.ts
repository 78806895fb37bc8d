import type { DocumentType } from "@/generated/prisma/enums";
import { computeInvoiceAmounts, type InvoiceAmounts } from "@/lib/gst/tax";
import { MAX_ENTRY_PAISE } from "@/lib/money/paise";
import type { DomainContext } from "../context";
import { AppError } from "../errors";
import type { InvoiceItemInput } from "./schema";

export type ResolvedLine = {
  position: number;
  productId: string | null;
  description: string;
  hsn: string | null;
  unit: string | null;
  quantityMilli: number;
  ratePaise: number;
  discountPaise: number;
  gstRateBp: number;
};

type CatalogueProduct = {
  id: string;
  name: string;
  unit: string;
  pricePaise: number;
  gstRateBp: number;
  hsn: string | null;
  archivedAt: Date | null;
};

/** Every product the items name, in one query; another business's product is "not found". */
async function loadProducts(ctx: DomainContext, items: InvoiceItemInput[]) {
  const ids = [...new Set(items.flatMap((item) => (item.productId ? [item.productId] : [])))];
  if (ids.length === 0) return new Map<string, CatalogueProduct>();
  const products = await ctx.db.product.findMany({
    where: { businessId: ctx.businessId, id: { in: ids } },
    select: {
      id: true,
      name: true,
      unit: true,
      pricePaise: true,
      gstRateBp: true,
      hsn: true,
      archivedAt: true,
    },
  });
  return new Map(products.map((product) => [product.id, product]));
}

function resolveLine(
  item: InvoiceItemInput,
  index: number,
  products: Map<string, CatalogueProduct>,
  documentType: DocumentType,
): ResolvedLine {
  const product = item.productId ? products.get(item.productId) : undefined;
  if (item.productId && !product) {
    throw new AppError("NOT_FOUND", `Line ${index + 1}: product not found`, {
      [`items.${index}.productId`]: "Product not found",
    });
  }
  if (product?.archivedAt) {
    throw new AppError("BAD_REQUEST", `Line ${index + 1}: ${product.name} is archived`, {
      [`items.${index}.productId`]: "This product is archived",
    });
  }
  return {
    position: index + 1,
    productId: product?.id ?? null,
    description: item.description ?? product?.name ?? "",
    hsn: item.hsn ?? product?.hsn ?? null,
    unit: item.unit ?? product?.unit ?? null,
    quantityMilli: item.quantity,
    ratePaise: item.ratePaise ?? product?.pricePaise ?? 0,
    discountPaise: item.discountPaise ?? 0,
    // A bill or bill of supply charges no tax, so it records no rate either.
    gstRateBp: documentType === "TAX_INVOICE" ? (item.gstRateBp ?? product?.gstRateBp ?? 0) : 0,
  };
}

/** Items → priced lines and the invoice amounts; bad input fails here, before a number is taken. */
export async function priceInvoiceLines(
  ctx: DomainContext,
  items: InvoiceItemInput[],
  options: { documentType: DocumentType; interState: boolean },
): Promise<{ lines: ResolvedLine[]; amounts: InvoiceAmounts }> {
  const products = await loadProducts(ctx, items);
  const lines = items.map((item, index) => resolveLine(item, index, products, options.documentType));
  let amounts: InvoiceAmounts;
  try {
    amounts = computeInvoiceAmounts(lines, options);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError("BAD_REQUEST", error.message);
    throw error;
  }
  if (amounts.totalPaise <= 0) throw new AppError("BAD_REQUEST", "The invoice total must be more than zero");
  if (amounts.totalPaise > MAX_ENTRY_PAISE)
    throw new AppError("BAD_REQUEST", "An invoice can be at most ₹1 crore");
  return { lines, amounts };
}

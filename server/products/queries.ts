import type { Prisma } from "@/generated/prisma/client";
import { formatQuantity } from "@/lib/quantity";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import type { FindProductsInput } from "./schema";
import { searchProductIds } from "./search";

export const productSelect = {
  id: true,
  name: true,
  aliases: true,
  unit: true,
  pricePaise: true,
  gstRateBp: true,
  hsn: true,
  stockMilli: true,
  lowStockMilli: true,
  archivedAt: true,
} satisfies Prisma.ProductSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;

/** BigInt columns become numbers (and display strings) at the domain boundary. */
export function serializeProduct(row: ProductRow) {
  const stockMilli = Number(row.stockMilli);
  const lowStockMilli = row.lowStockMilli === null ? null : Number(row.lowStockMilli);
  return {
    ...row,
    stockMilli,
    stock: formatStock(stockMilli),
    lowStockMilli,
    lowStock: lowStockMilli === null ? null : formatStock(lowStockMilli),
    isLowStock: lowStockMilli !== null && stockMilli <= lowStockMilli,
  };
}

function formatStock(milli: number): string {
  return milli < 0 ? `-${formatQuantity(-milli)}` : formatQuantity(milli);
}

/** One page of the catalogue: by name, or by match quality when searching (offset cursor). */
export async function findProducts(ctx: DomainContext, input: FindProductsInput) {
  const take = input.limit + 1;
  let rows: ProductRow[];
  if (input.search) {
    const matches = await searchProductIds(ctx, input.search, {
      limit: take,
      offset: input.cursor,
      includeArchived: input.includeArchived,
    });
    const found = await ctx.db.product.findMany({
      where: { businessId: ctx.businessId, id: { in: matches.map((match) => match.id) } },
      select: productSelect,
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = matches.flatMap((match) => byId.get(match.id) ?? []);
  } else {
    rows = await ctx.db.product.findMany({
      where: { businessId: ctx.businessId, ...(input.includeArchived ? {} : { archivedAt: null }) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: input.cursor,
      take,
      select: productSelect,
    });
  }
  return {
    items: rows.slice(0, input.limit).map(serializeProduct),
    nextCursor: rows.length > input.limit ? input.cursor + input.limit : null,
  };
}

export async function getProduct(ctx: DomainContext, id: string) {
  const row = await ctx.db.product.findFirst({
    where: { id, businessId: ctx.businessId },
    select: productSelect,
  });
  if (!row) throw notFound("Product");
  return serializeProduct(row);
}

/** Products at or below their low-stock mark (a column comparison, so done in SQL), emptiest first. */
export async function findLowStockProducts(ctx: DomainContext, input: { limit: number }) {
  const ids = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Product"
    WHERE "businessId" = ${ctx.businessId} AND "archivedAt" IS NULL
      AND "lowStockMilli" IS NOT NULL AND "stockMilli" <= "lowStockMilli"
    ORDER BY "stockMilli" - "lowStockMilli", "name", "id"
    LIMIT ${input.limit}`;
  const rows = await ctx.db.product.findMany({
    where: { businessId: ctx.businessId, id: { in: ids.map((row) => row.id) } },
    select: productSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((row) => {
    const product = byId.get(row.id);
    return product ? [serializeProduct(product)] : [];
  });
}

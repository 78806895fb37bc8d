import type { DomainContext } from "../../context";
import type { SttHints } from "../stt/types";

// Enough names for a shop's regulars while keeping the grammar small (and the recogniser accurate).
const CUSTOMER_LIMIT = 300;
const PRODUCT_LIMIT = 200;

/** The shop's most recently active customers and its products, for the recogniser's vocabulary. */
export async function sttHints(ctx: DomainContext): Promise<SttHints> {
  const [customers, products] = await Promise.all([
    ctx.db.customer.findMany({
      where: { businessId: ctx.businessId, erasedAt: null },
      orderBy: { lastActivityAt: "desc" },
      take: CUSTOMER_LIMIT,
      select: { name: true },
    }),
    ctx.db.product.findMany({
      where: { businessId: ctx.businessId, archivedAt: null },
      orderBy: { name: "asc" },
      take: PRODUCT_LIMIT,
      select: { name: true, aliases: true },
    }),
  ]);
  return {
    customerNames: customers.map((customer) => customer.name),
    // Aliases too: the merchant may say "sona masoori" for the product named "Rice 5kg".
    productNames: products.flatMap((product) => [product.name, ...product.aliases]),
  };
}

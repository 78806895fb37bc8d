import type { DomainContext } from "../../context";
import { findCustomerIdsBySoundAlike, searchCustomerIds } from "../../customers/search";
import { nameSearchTerms } from "../name-terms";
import type { EntityCatalog } from "../types";

const CANDIDATES_PER_TERM = 8;
const MAX_TERMS = 4;
const PRODUCT_CACHE_MS = 60_000;
const MAX_CACHED_BUSINESSES = 1_000;

type CatalogProduct = EntityCatalog["products"][number] & { unit: string };
const productCache = new Map<string, { loadedAt: number; products: CatalogProduct[] }>();

/** The shop's live products, cached per business for a minute (a shop sells a few hundred at most). */
export async function voiceProducts(ctx: DomainContext): Promise<CatalogProduct[]> {
  const cached = productCache.get(ctx.businessId);
  if (cached && Date.now() - cached.loadedAt < PRODUCT_CACHE_MS) return cached.products;
  const products = await ctx.db.product.findMany({
    where: { businessId: ctx.businessId, archivedAt: null },
    select: { id: true, name: true, aliases: true, unit: true },
    orderBy: { name: "asc" },
    take: 2000,
  });
  if (productCache.size >= MAX_CACHED_BUSINESSES) productCache.clear();
  productCache.set(ctx.businessId, { loadedAt: Date.now(), products });
  return products;
}

/** Test helper and for product edits that must be heard at once. */
export function forgetVoiceProducts(businessId: string) {
  productCache.delete(businessId);
}

/** Same-sounding names first (an index lookup); the slower fuzzy search only when none exist. */
async function candidatesFor(ctx: DomainContext, term: string) {
  const soundAlike = await findCustomerIdsBySoundAlike(ctx, term, CANDIDATES_PER_TERM);
  return soundAlike.length > 0 ? soundAlike : searchCustomerIds(ctx, term, CANDIDATES_PER_TERM);
}

/**
 * A small catalog for one utterance: the customers whose names sound like the unexplained words
 * (pg_trgm over the indexed search keys, never a scan of every customer) and the shop's products.
 */
export async function loadVoiceCatalog(ctx: DomainContext, text: string): Promise<EntityCatalog> {
  const terms = nameSearchTerms(text).slice(0, MAX_TERMS);
  const [matches, products] = await Promise.all([
    Promise.all(terms.map((term) => candidatesFor(ctx, term))),
    voiceProducts(ctx),
  ]);
  const ids = [...new Set(matches.flat().map((match) => match.id))];
  const customers =
    ids.length === 0
      ? []
      : await ctx.db.customer.findMany({
          where: { businessId: ctx.businessId, erasedAt: null, id: { in: ids } },
          select: { id: true, name: true },
        });
  return { customers, products };
}

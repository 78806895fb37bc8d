import { announceCacheChange, onCacheChange } from "../../cache/cache-events";
import type { DomainContext } from "../../context";
import { searchCustomerIds } from "../../customers/search";
import { nameSearchTerms } from "../name-terms";
import type { EntityCatalog } from "../types";
import { findCustomersByHeardName } from "./name-vocabulary";

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

/** A product edit is heard at once, here and (announced through the database) on every other instance. */
export async function forgetVoiceProducts(businessId: string): Promise<void> {
  productCache.delete(businessId);
  await announceCacheChange({ kind: "products", businessId });
}

onCacheChange((change) => {
  if (change.kind === "products") productCache.delete(change.businessId);
});

/**
 * Same-sounding or misheard-but-correctable names first (index lookups, see name-vocabulary.ts);
 * the slower fuzzy search only when those find no one.
 */
async function candidatesFor(ctx: DomainContext, term: string): Promise<{ id: string; name: string }[]> {
  const heard = await findCustomersByHeardName(ctx, term, CANDIDATES_PER_TERM);
  if (heard.length > 0) return heard;
  const fuzzy = await searchCustomerIds(ctx, term, CANDIDATES_PER_TERM);
  if (fuzzy.length === 0) return [];
  return ctx.db.customer.findMany({
    where: { businessId: ctx.businessId, erasedAt: null, id: { in: fuzzy.map((match) => match.id) } },
    select: { id: true, name: true },
  });
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
  const customers = [...new Map(matches.flat().map((customer) => [customer.id, customer])).values()];
  return { customers, products };
}

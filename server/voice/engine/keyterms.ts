import type { DomainContext } from "../../context";
import { voiceProducts } from "./catalog";

// Deepgram keyterm prompting takes up to 100 terms (500 tokens in all): products first (a shop
// sells fewer), then the customers touched most recently.
export const MAX_KEYTERMS = 100;
const MAX_TERM_LENGTH = 40;

/** The shop's own words for the speech recogniser: product names and aliases, customer names. */
export async function voiceKeyterms(ctx: DomainContext, limit = MAX_KEYTERMS): Promise<string[]> {
  const products = await voiceProducts(ctx);
  const customers = await ctx.db.customer.findMany({
    where: { businessId: ctx.businessId, erasedAt: null },
    select: { name: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  const terms = new Set<string>();
  const words = [
    ...products.flatMap((product) => [product.name, ...product.aliases]),
    ...customers.map((customer) => customer.name),
  ];
  for (const word of words) {
    const term = word.trim();
    if (term.length > 0 && term.length <= MAX_TERM_LENGTH) terms.add(term);
    if (terms.size >= limit) break;
  }
  return [...terms];
}

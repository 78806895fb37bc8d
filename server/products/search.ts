import { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../context";
import { searchableName } from "../search/transliterate";

// Same tolerance as customer search: one-letter typos and chawal/chaval spellings still match.
const WORD_SIMILARITY_THRESHOLD = 0.4;

/** The column trigram search runs on: the name and every alias, in Latin letters. */
export function productSearchText(name: string, aliases: string[]): string {
  return searchableName([name, ...aliases].join(" "));
}

/**
 * Product ids ranked by how well a typed or spoken name matches the name or an alias, in
 * PostgreSQL through the GIN trigram index on searchText.
 */
export async function searchProductIds(
  ctx: DomainContext,
  query: string,
  options: { limit: number; offset: number; includeArchived: boolean },
) {
  const needle = searchableName(query);
  if (needle === "") return [];
  const archived = options.includeArchived ? Prisma.empty : Prisma.sql`AND "archivedAt" IS NULL`;
  const [, rows] = await ctx.db.$transaction([
    ctx.db
      .$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    ctx.db.$queryRaw<{ id: string; score: number }[]>`
      SELECT "id", word_similarity(${needle}, "searchText")::float8 AS "score"
      FROM "Product"
      WHERE "businessId" = ${ctx.businessId} ${archived} AND ${needle} <% "searchText"
      ORDER BY "score" DESC, "name", "id"
      LIMIT ${options.limit} OFFSET ${options.offset}`,
  ]);
  return rows;
}

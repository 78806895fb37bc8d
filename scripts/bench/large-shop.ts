// The `npm run seed:large` shop in BENCH_DATABASE_URL, as a domain context acting for its owner.
import type { DomainContext } from "@/server/context";
import { createDb } from "@/server/db";

export async function openLargeShop(benchName: string) {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.log(`${benchName}: skipped (set BENCH_DATABASE_URL to a database with the seed:large shop)`);
    process.exit(0);
  }
  const db = createDb(url);
  const owner = await db.user.findFirst({
    where: { email: { startsWith: "large-" }, role: "OWNER" },
    orderBy: { createdAt: "desc" },
    select: { id: true, businessId: true, business: { select: { _count: { select: { customers: true } } } } },
  });
  if (!owner) throw new Error("No seed:large shop in BENCH_DATABASE_URL");
  const ctx: DomainContext = {
    db,
    businessId: owner.businessId,
    actor: { type: "USER", userId: owner.id, role: "OWNER" },
    requestId: null,
    source: "VOICE",
  };
  return { db, ctx, customers: owner.business._count.customers };
}

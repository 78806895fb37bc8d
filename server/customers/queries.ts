import type { Prisma } from "@/generated/prisma/client";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import { searchCustomerIds } from "./search";

export const customerListSelect = {
  id: true,
  name: true,
  phone: true,
  balancePaise: true,
  creditLimitPaise: true,
  lastActivityAt: true,
} satisfies Prisma.CustomerSelect;

type FindOptions = { search?: string; sort: "balance" | "recent" | "name"; cursor: number; limit: number };

const ORDER: Record<FindOptions["sort"], Prisma.CustomerOrderByWithRelationInput[]> = {
  balance: [{ balancePaise: "desc" }, { id: "asc" }],
  recent: [{ lastActivityAt: "desc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
};

/** One page of customers (offset cursor), by search relevance when searching. */
export async function findCustomers(ctx: DomainContext, options: FindOptions) {
  const take = options.limit + 1;
  let rows: Prisma.CustomerGetPayload<{ select: typeof customerListSelect }>[];
  if (options.search) {
    const matches = await searchCustomerIds(ctx, options.search, take, options.cursor);
    const byId = new Map(
      (
        await ctx.db.customer.findMany({
          where: { businessId: ctx.businessId, id: { in: matches.map((match) => match.id) } },
          select: customerListSelect,
        })
      ).map((row) => [row.id, row]),
    );
    rows = matches.flatMap((match) => byId.get(match.id) ?? []);
  } else {
    rows = await ctx.db.customer.findMany({
      where: { businessId: ctx.businessId, erasedAt: null },
      orderBy: ORDER[options.sort],
      skip: options.cursor,
      take,
      select: customerListSelect,
    });
  }
  const hasMore = rows.length > options.limit;
  return {
    items: rows.slice(0, options.limit).map((row) => ({ ...row, balancePaise: Number(row.balancePaise) })),
    nextCursor: hasMore ? options.cursor + options.limit : null,
  };
}

export async function getCustomer(ctx: DomainContext, id: string) {
  const customer = await ctx.db.customer.findFirst({
    where: { id, businessId: ctx.businessId },
    select: {
      ...customerListSelect,
      email: true,
      gstin: true,
      stateCode: true,
      notes: true,
      messageLanguage: true,
      erasedAt: true,
      createdAt: true,
    },
  });
  if (!customer) throw notFound("Customer");
  return { ...customer, balancePaise: Number(customer.balancePaise) };
}

import type { SharedPhoneWith } from "@/lib/customers/shared-phone";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError } from "../errors";

const LOOKUP_CHUNK = 1_000;

/**
 * The first customer of this shop (oldest first) who has `phone`, other than `exceptId`. Erased
 * customers have no phone any more, so they never match; another shop's customers never do.
 */
async function customerWithPhone(
  tx: Tx,
  ctx: DomainContext,
  phone: string,
  exceptId?: string,
): Promise<SharedPhoneWith | null> {
  return tx.customer.findFirst({
    where: {
      businessId: ctx.businessId,
      erasedAt: null,
      phone,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** CONFLICT naming the customer who already has `phone`, unless the merchant said to share it. */
export async function assertPhoneNotShared(
  tx: Tx,
  ctx: DomainContext,
  phone: string | null | undefined,
  options: { allowSharedPhone?: boolean; exceptId?: string },
) {
  if (!phone || options.allowSharedPhone) return;
  const other = await customerWithPhone(tx, ctx, phone, options.exceptId);
  if (other) {
    throw new AppError("CONFLICT", "Another customer already has this mobile number", undefined, {
      sharedPhoneWith: other,
    });
  }
}

/** For many phones at once (CSV import): each phone → the first customer of this shop who has it. */
export async function customersByPhone(ctx: DomainContext, phones: string[]) {
  const byPhone = new Map<string, SharedPhoneWith>();
  const unique = [...new Set(phones)];
  for (let start = 0; start < unique.length; start += LOOKUP_CHUNK) {
    const rows = await ctx.db.customer.findMany({
      where: {
        businessId: ctx.businessId,
        erasedAt: null,
        phone: { in: unique.slice(start, start + LOOKUP_CHUNK) },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, phone: true },
    });
    for (const row of rows) {
      if (row.phone && !byPhone.has(row.phone)) byPhone.set(row.phone, { id: row.id, name: row.name });
    }
  }
  return byPhone;
}

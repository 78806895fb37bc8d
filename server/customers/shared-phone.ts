import type { SharedPhoneWith } from "@/lib/customers/shared-phone";
import { normalizeIndianMobile } from "@/lib/phone";
import type { DomainContext } from "../context";
import type { DbOrTx } from "../db";
import { AppError } from "../errors";

const LOOKUP_CHUNK = 1_000;

/** Phones are stored as E.164 whoever typed or spoke them ("98765 43210" → "+919876543210"). */
export function canonicalPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return normalizeIndianMobile(phone) ?? phone.trim();
}

/**
 * The first customer of this shop (oldest first) who has `phone`, other than `exceptId`. Erased
 * customers have no phone any more, so they never match; another shop's customers never do.
 */
export async function customerWithPhone(
  tx: DbOrTx,
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
  tx: DbOrTx,
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

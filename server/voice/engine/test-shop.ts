import type { DomainContext } from "../../context";
import { createCustomer } from "../../customers/mutations";
import { db } from "../../db";
import { recordCredit } from "../../ledger/mutations";
import { createProduct } from "../../products/mutations";
import { createTestBusiness } from "../../test/factories";
import { forgetVoiceProducts } from "./catalog";

/** A shop with customers (and opening balances in paise) and "Rice" (₹50/kg, alias chawal). */
/**
 * `quickMode`: spoken payments under the limit are written at once (Business.voiceQuickMode), for
 * tests about the way a turn travels rather than the read-back every spoken entry gets by default.
 */
export async function voiceShop(
  customers: Record<string, number> = {},
  options: { quickMode?: boolean } = {},
) {
  const shop = await createTestBusiness();
  if (options.quickMode) {
    await db().business.update({ where: { id: shop.businessId }, data: { voiceQuickMode: true } });
  }
  const staffCtx: DomainContext = {
    ...shop.ownerCtx,
    actor: { type: "USER", userId: shop.staff.id, role: "STAFF" },
  };
  const ids: Record<string, string> = {};
  for (const [name, openingPaise] of Object.entries(customers)) {
    const customer = await createCustomer(shop.ownerCtx, { name });
    ids[name] = customer.id;
    if (openingPaise > 0) {
      await recordCredit(shop.ownerCtx, {
        customerId: customer.id,
        amountPaise: openingPaise,
        idempotencyKey: `opening-${customer.id}`,
      });
    }
  }
  const rice = await createProduct(shop.ownerCtx, {
    name: "Rice",
    aliases: ["chawal"],
    unit: "kg",
    pricePaise: 5_000,
    gstRateBp: 0,
    hsn: null,
    stock: 10_000,
    lowStock: null,
  });
  await forgetVoiceProducts(shop.businessId);
  return { ...shop, staffCtx, ids, rice };
}

export async function balanceOf(customerId: string) {
  const row = await db().customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { balancePaise: true },
  });
  return Number(row.balancePaise);
}

export async function entryCount(businessId: string) {
  return db().ledgerEntry.count({ where: { businessId } });
}

import { randomUUID } from "node:crypto";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { createProduct } from "../products/mutations";
import { createTestBusiness } from "../test/factories";

// A GSTIN whose state (27, Maharashtra) matches the test shop's state.
export const MAHARASHTRA_GSTIN = "27AAPFU0939F1ZV";

type Scheme = "UNREGISTERED" | "COMPOSITION" | "REGULAR";

/** A shop (Maharashtra) with one customer and "Rice" (₹50/kg, 5% GST, HSN 1006, 10 kg in stock). */
export async function invoiceShop(gstScheme: Scheme = "UNREGISTERED", customerState: string | null = null) {
  const shop = await createTestBusiness({
    stateCode: "27",
    gstScheme,
    gstin: gstScheme === "UNREGISTERED" ? undefined : MAHARASHTRA_GSTIN,
  });
  const customer = await createCustomer(shop.ownerCtx, {
    name: "Rahul Sharma",
    phone: "+919876543210",
    stateCode: customerState,
  });
  const rice = await createProduct(shop.ownerCtx, {
    name: "Rice",
    aliases: ["chawal"],
    unit: "kg",
    pricePaise: 5_000,
    gstRateBp: 500,
    hsn: "1006",
    stock: 10_000,
    lowStock: null,
  });
  return { ...shop, customer, rice };
}

export const key = () => randomUUID();

export async function customerBalances(customerId: string) {
  const customer = await db().customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { balancePaise: true, unappliedPaise: true },
  });
  return { balancePaise: Number(customer.balancePaise), unappliedPaise: Number(customer.unappliedPaise) };
}

export async function stockOf(productId: string) {
  const product = await db().product.findUniqueOrThrow({
    where: { id: productId },
    select: { stockMilli: true },
  });
  return Number(product.stockMilli);
}

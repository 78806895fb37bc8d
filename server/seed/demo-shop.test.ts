import pg from "pg";
import { describe, expect, it } from "vitest";
import { authenticateUser } from "../auth/authenticate";
import { db } from "../db";
import {
  DEMO_CUSTOMERS,
  DEMO_OWNER_EMAIL,
  DEMO_PASSWORD,
  DEMO_PRODUCTS,
  DEMO_STAFF_EMAIL,
} from "./demo-data";
import { seedDemoShop } from "./demo-shop";
import { verifyLedger } from "./verify-ledger";

async function shopCounts(businessId: string) {
  const where = { businessId };
  const [customers, products, entries, invoices, audits] = await Promise.all([
    db().customer.count({ where }),
    db().product.count({ where }),
    db().ledgerEntry.count({ where }),
    db().invoice.count({ where }),
    db().auditLog.count({ where }),
  ]);
  return { customers, products, entries, invoices, audits };
}

async function checkLedger(businessId: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await verifyLedger(client, businessId);
  } finally {
    await client.end();
  }
}

describe("seedDemoShop", () => {
  it("creates a usable demo shop once, and a second run adds nothing", async () => {
    const login = await seedDemoShop(db());
    const owner = await authenticateUser(db(), login.email, login.password);
    expect(owner?.email).toBe(DEMO_OWNER_EMAIL);
    expect(await authenticateUser(db(), DEMO_STAFF_EMAIL, DEMO_PASSWORD)).not.toBeNull();
    const { businessId } = await db().user.findUniqueOrThrow({ where: { email: DEMO_OWNER_EMAIL } });

    const first = await shopCounts(businessId);
    expect(first.customers).toBe(DEMO_CUSTOMERS.length);
    expect(first.products).toBe(DEMO_PRODUCTS.length);
    expect(first.invoices).toBeGreaterThan(0);
    const business = await db().business.findUniqueOrThrow({ where: { id: businessId } });
    expect(business.gstScheme).toBe("REGULAR");
    expect(business.gstin).toMatch(/^27[A-Z0-9]{13}$/);

    await seedDemoShop(db());
    expect(await shopCounts(businessId)).toEqual(first);
    const ledger = await checkLedger(businessId);
    expect(ledger).toMatchObject({ balanceMismatches: 0, runningBalanceMismatches: 0 });
    expect(ledger.entries).toBe(first.entries);
  });
});

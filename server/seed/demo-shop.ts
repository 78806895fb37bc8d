import { gstinCheckChar } from "@/lib/gst/gstin";
import { acceptInvitationInput, signUpInput } from "../auth/schema";
import { signUpOwner } from "../auth/sign-up";
import type { DomainContext } from "../context";
import { createCustomer } from "../customers/mutations";
import { createCustomerInput } from "../customers/schema";
import type { Db } from "../db";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { createProduct } from "../products/mutations";
import { createProductInput } from "../products/schema";
import { acceptInvitation } from "../staff/accept-invitation";
import { createInvitation } from "../staff/invitations";
import {
  DEMO_BUSINESS,
  DEMO_CUSTOMERS,
  DEMO_LEDGER,
  DEMO_OWNER_EMAIL,
  DEMO_PASSWORD,
  DEMO_PRODUCTS,
  DEMO_STAFF_EMAIL,
} from "./demo-data";
import { seedDemoInvoices } from "./demo-invoices";

const withCheckChar = (first14: string) => first14 + gstinCheckChar(first14);

// Every step looks for what an earlier run made, and ledger writes carry fixed idempotency
// keys, so running the seed again (every `npm start`) never duplicates anything.
async function ensureOwner(db: Db) {
  const existing = await db.user.findUnique({
    where: { email: DEMO_OWNER_EMAIL },
    select: { id: true, businessId: true },
  });
  if (existing) return existing;
  const input = signUpInput.parse({
    ...DEMO_BUSINESS,
    gstin: withCheckChar(DEMO_BUSINESS.gstinFirst14),
    name: DEMO_BUSINESS.ownerName,
    email: DEMO_OWNER_EMAIL,
    password: DEMO_PASSWORD,
  });
  return signUpOwner({ db, input, requestId: null });
}

/** The staff member joins the way a real one does: an invitation from the owner, accepted. */
async function ensureStaff(ctx: DomainContext) {
  if (await ctx.db.user.findUnique({ where: { email: DEMO_STAFF_EMAIL }, select: { id: true } })) return;
  const { code } = await createInvitation(ctx, {});
  await acceptInvitation({
    db: ctx.db,
    requestId: null,
    input: acceptInvitationInput.parse({
      code,
      name: DEMO_BUSINESS.staffName,
      email: DEMO_STAFF_EMAIL,
      password: DEMO_PASSWORD,
    }),
  });
}

async function ensureCustomers(ctx: DomainContext): Promise<string[]> {
  const existing = await ctx.db.customer.findMany({
    where: { businessId: ctx.businessId, name: { in: DEMO_CUSTOMERS.map((customer) => customer.name) } },
    select: { id: true, name: true },
  });
  const idByName = new Map(existing.map((customer) => [customer.name, customer.id]));
  const ids: string[] = [];
  for (const { gstinFirst14, ...fields } of DEMO_CUSTOMERS) {
    let id = idByName.get(fields.name);
    if (!id) {
      const input = createCustomerInput.parse({
        ...fields,
        gstin: gstinFirst14 && withCheckChar(gstinFirst14),
      });
      id = (await createCustomer(ctx, input)).id;
    }
    ids.push(id);
  }
  return ids;
}

async function ensureProducts(ctx: DomainContext) {
  const existing = await ctx.db.product.findMany({
    where: { businessId: ctx.businessId, name: { in: DEMO_PRODUCTS.map((product) => product.name) } },
    select: { name: true },
  });
  const present = new Set(existing.map((product) => product.name));
  for (const product of DEMO_PRODUCTS) {
    if (present.has(product.name)) continue;
    await createProduct(ctx, createProductInput.parse({ ...product, stock: String(product.stock / 1000) }));
  }
}

async function ensureLedger(ctx: DomainContext, customerIds: string[]) {
  for (const [index, line] of DEMO_LEDGER.entries()) {
    const customerId = customerIds[line.customer];
    if (!customerId) throw new Error(`demo ledger line ${index} names a missing customer`);
    const idempotencyKey = `demo-seed-ledger-${index}`;
    if (line.amountPaise > 0) {
      await recordCredit(ctx, { customerId, amountPaise: line.amountPaise, note: line.note, idempotencyKey });
    } else {
      const mode = line.mode ?? "CASH";
      await recordPayment(ctx, { customerId, amountPaise: -line.amountPaise, mode, idempotencyKey });
    }
  }
}

/** Creates (or completes) the demo shop; returns the login to print. */
export async function seedDemoShop(db: Db) {
  const owner = await ensureOwner(db);
  // The seed acts as the system, so the audit log says the demo data was not typed by a person.
  const ctx: DomainContext = {
    db,
    businessId: owner.businessId,
    actor: { type: "SYSTEM", userId: null, role: "OWNER" },
    requestId: null,
    source: "SYSTEM",
  };
  await ensureStaff(ctx);
  const customerIds = await ensureCustomers(ctx);
  await ensureProducts(ctx);
  await ensureLedger(ctx, customerIds);
  await seedDemoInvoices(ctx, customerIds);
  return { email: DEMO_OWNER_EMAIL, staffEmail: DEMO_STAFF_EMAIL, password: DEMO_PASSWORD };
}

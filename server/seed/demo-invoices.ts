import type { DomainContext } from "../context";
import { issueInvoice } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { DEMO_CUSTOMERS } from "./demo-data";

type DemoInvoice = { customer: string; items: { product: string; quantity: string }[]; notes?: string };

// Tax invoices within Maharashtra (CGST+SGST), across states (IGST, Karnataka Foods), to a
// walk-in customer, and one settled from an advance (Priya Verma paid before she bought).
const DEMO_INVOICES: DemoInvoice[] = [
  {
    customer: "Hotel Shivneri",
    items: [
      { product: "Rice", quantity: "25" },
      { product: "Sugar", quantity: "10" },
      { product: "Mustard oil", quantity: "5" },
      { product: "Detergent powder", quantity: "4" },
    ],
    notes: "Weekly kitchen supplies",
  },
  {
    customer: "Karnataka Foods",
    items: [
      { product: "Toor dal", quantity: "20" },
      { product: "Tea", quantity: "12" },
    ],
  },
  {
    customer: "Rahul Sharma",
    items: [
      { product: "Wheat flour", quantity: "10" },
      { product: "Ghee", quantity: "1" },
      { product: "Cold drink", quantity: "6" },
    ],
  },
  {
    customer: "Priya Verma",
    items: [
      { product: "Milk", quantity: "2" },
      { product: "Eggs", quantity: "1" },
      { product: "Parle-G biscuits", quantity: "5" },
      { product: "Onion", quantity: "2.5" },
    ],
  },
];

/** Issues the demo invoices once each (fixed idempotency keys). */
export async function seedDemoInvoices(ctx: DomainContext, customerIds: string[]) {
  const products = await ctx.db.product.findMany({
    where: { businessId: ctx.businessId, archivedAt: null },
    select: { id: true, name: true },
  });
  const productId = new Map(products.map((product) => [product.name, product.id]));
  for (const [index, invoice] of DEMO_INVOICES.entries()) {
    const customerId =
      customerIds[DEMO_CUSTOMERS.findIndex((customer) => customer.name === invoice.customer)];
    if (!customerId) throw new Error(`demo invoice ${index} names a missing customer`);
    const items = invoice.items.map(({ product, quantity }) => {
      const id = productId.get(product);
      if (!id) throw new Error(`demo invoice ${index} names a missing product`);
      return { productId: id, quantity };
    });
    await issueInvoice(
      ctx,
      issueInvoiceInput.parse({
        customerId,
        items,
        notes: invoice.notes,
        idempotencyKey: `demo-seed-invoice-${index}`,
      }),
    );
  }
}

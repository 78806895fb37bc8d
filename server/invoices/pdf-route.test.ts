import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/invoices/[id]/pdf/route";
import { issueInvoice } from "./issue-invoice";
import { issueInvoiceInput } from "./schema";
import { invoiceShop, key } from "./test-fixtures";

// The route reads the Auth.js session; here the session is whatever the test says it is.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
}));

const get = (id: string) => GET(new Request(`http://localhost:3000/api/invoices/${id}/pdf`));

describe("GET /api/invoices/[id]/pdf", () => {
  beforeEach(() => {
    session.userId = null;
  });

  it("downloads the invoice as a PDF for its shop, 404 for another shop, 401 without a session", async () => {
    const shop = await invoiceShop();
    const other = await invoiceShop();
    const invoice = await issueInvoice(
      shop.ownerCtx,
      issueInvoiceInput.parse({
        customerId: shop.customer.id,
        items: [{ productId: shop.rice.id, quantity: 1 }],
        idempotencyKey: key(),
      }),
    );
    expect((await get(invoice.id)).status).toBe(401);
    session.userId = other.owner.id;
    expect((await get(invoice.id)).status).toBe(404);
    session.userId = shop.staff.id;
    const response = await get(invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${invoice.number.replaceAll("/", "-")}.pdf"`,
    );
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

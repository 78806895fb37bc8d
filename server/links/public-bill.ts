import type { Db } from "../db";
import { invoiceDocument } from "../invoices/document";
import type { InvoiceDocument } from "../invoices/document-types";
import { resolvePublicLink } from "./resolve-link";

/**
 * What the customer's bill page shows: the printable document minus everything that is for the
 * shop's own screens (ids, the signed-in address, the share message) and the customer's phone.
 */
export type PublicBill = Omit<
  InvoiceDocument,
  "customerId" | "invoiceUrl" | "whatsappShareUrl" | "customer"
> & {
  customer: Omit<InvoiceDocument["customer"], "phone">;
  language: "EN" | "HI";
};

export type PublicPage<T> =
  | { state: "LIVE"; data: T }
  | { state: "GONE"; shopName: string }
  | { state: "UNKNOWN" };

export function toPublicBill(document: InvoiceDocument, language: "EN" | "HI"): PublicBill {
  const { customerId: _c, invoiceUrl: _u, whatsappShareUrl: _w, customer, ...rest } = document;
  const { phone: _phone, ...party } = customer;
  return { ...rest, customer: party, language };
}

/** The bill behind a /b/<token> link, read with the link's shop as the only tenant. */
export async function publicBill(db: Db, token: string, now = new Date()): Promise<PublicPage<PublicBill>> {
  const resolved = await resolvePublicLink(db, { token, kind: "INVOICE" }, now);
  if (resolved.state !== "LIVE") return resolved;
  const { link, ctx } = resolved;
  if (!link.invoiceId) return { state: "UNKNOWN" };
  const [document, customer] = await Promise.all([
    invoiceDocument(ctx, link.invoiceId),
    db.customer.findFirstOrThrow({
      where: { id: link.customerId, businessId: ctx.businessId },
      select: { messageLanguage: true },
    }),
  ]);
  return { state: "LIVE", data: toPublicBill(document, customer.messageLanguage) };
}

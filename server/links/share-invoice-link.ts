import type { DocumentType, MessageLanguage } from "@/generated/prisma/enums";
import { istDateString } from "@/lib/gst/financial-year";
import { type InvoiceShareKind, invoiceShareKind, upiPaymentLink } from "@/lib/share-links";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import { duePaise } from "../invoices/queries";
import { inTransaction } from "../transaction";
import { linkForTarget } from "./mint-link";
import { publicLinkUrl } from "./url";

const TITLES: Record<DocumentType, string> = {
  TAX_INVOICE: "Tax Invoice",
  BILL_OF_SUPPLY: "Bill of Supply",
  BILL: "Bill",
};

/** What the bill's share message needs: the public link, and the UPI pay link when money is due. */
export type InvoiceShare = {
  linkId: string;
  url: string;
  expiresAt: Date;
  kind: InvoiceShareKind;
  language: MessageLanguage;
  shopName: string;
  customerPhone: string | null;
  documentType: DocumentType;
  title: string;
  number: string;
  totalPaise: number;
  duePaise: number;
  /** IST "YYYY-MM-DD" for a cancelled bill. */
  cancelledOn: string | null;
  upiLink: string | null;
};

/** The public link of one bill of the caller's shop (owner or staff), the same one each share. */
export async function shareInvoiceLink(
  ctx: DomainContext,
  input: { invoiceId: string },
): Promise<InvoiceShare> {
  const invoice = await ctx.db.invoice.findFirst({
    where: { id: input.invoiceId, businessId: ctx.businessId },
    select: {
      id: true,
      number: true,
      documentType: true,
      status: true,
      totalPaise: true,
      paidPaise: true,
      cancelledAt: true,
      customer: { select: { id: true, phone: true, messageLanguage: true, erasedAt: true } },
      business: { select: { name: true, upiVpa: true } },
    },
  });
  if (!invoice) throw notFound("Invoice");
  // An erased customer's links were withdrawn with their data; none is handed out again.
  if (invoice.customer.erasedAt) throw notFound("Customer");
  const link = await inTransaction(ctx, (tx) =>
    linkForTarget(tx, ctx, { kind: "INVOICE", customerId: invoice.customer.id, invoiceId: invoice.id }),
  );
  const due = duePaise(invoice);
  const kind = invoiceShareKind({ cancelled: invoice.status === "CANCELLED", duePaise: due });
  const { upiVpa, name } = invoice.business;
  return {
    linkId: link.id,
    url: publicLinkUrl("INVOICE", link.token),
    expiresAt: link.expiresAt,
    kind,
    language: invoice.customer.messageLanguage,
    shopName: name,
    customerPhone: invoice.customer.phone,
    documentType: invoice.documentType,
    title: TITLES[invoice.documentType],
    number: invoice.number,
    totalPaise: invoice.totalPaise,
    duePaise: due,
    cancelledOn: kind === "CANCELLED" ? istDateString(invoice.cancelledAt ?? new Date()) : null,
    upiLink:
      upiVpa && kind === "DUE"
        ? upiPaymentLink({ vpa: upiVpa, payeeName: name, amountPaise: due, invoiceNumber: invoice.number })
        : null,
  };
}

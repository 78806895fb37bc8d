import QRCode from "qrcode";
import type { DocumentType } from "@/generated/prisma/enums";
import { istDateString } from "@/lib/gst/financial-year";
import { formatRateBp } from "@/lib/gst/rates";
import { stateName } from "@/lib/gst/states";
import { amountInWords } from "@/lib/money/amount-in-words";
import { formatIndianMobile } from "@/lib/phone";
import { invoiceShareKind, invoiceShareText, upiPaymentLink, whatsappShareUrl } from "@/lib/share-links";
import type { DomainContext } from "../context";
import { env } from "../env";
import type { DocumentTitle, InvoiceDocument, TaxBreakupRow } from "./document-types";
import { getInvoice, type InvoiceDetail } from "./queries";

const TITLES: Record<DocumentType, DocumentTitle> = {
  TAX_INVOICE: "Tax Invoice",
  BILL_OF_SUPPLY: "Bill of Supply",
  BILL: "Bill",
};

function taxBreakup(lines: InvoiceDetail["lines"]): TaxBreakupRow[] {
  const byRate = new Map<number, TaxBreakupRow>();
  for (const line of lines) {
    const row = byRate.get(line.gstRateBp) ?? {
      gstRateBp: line.gstRateBp,
      gstRate: formatRateBp(line.gstRateBp),
      taxablePaise: 0,
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 0,
      taxPaise: 0,
    };
    row.taxablePaise += line.taxablePaise;
    row.cgstPaise += line.cgstPaise;
    row.sgstPaise += line.sgstPaise;
    row.igstPaise += line.igstPaise;
    row.taxPaise += line.cgstPaise + line.sgstPaise + line.igstPaise;
    byRate.set(line.gstRateBp, row);
  }
  return [...byRate.values()].sort((a, b) => a.gstRateBp - b.gstRateBp);
}

/** Everything the printable page and the PDF need for one invoice, including payment links. */
export async function invoiceDocument(ctx: DomainContext, id: string): Promise<InvoiceDocument> {
  const [invoice, business] = await Promise.all([
    getInvoice(ctx, id),
    ctx.db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: { name: true, address: true, phone: true, upiVpa: true },
    }),
  ]);
  const title = TITLES[invoice.documentType];
  const duePaise = invoice.duePaise;
  const invoiceUrl = `${env().APP_URL ?? "http://localhost:3000"}/invoices/${invoice.id}`;
  const cancelledOn = invoice.cancelledAt ? istDateString(invoice.cancelledAt) : null;
  const shareKind = invoiceShareKind({ cancelled: invoice.status === "CANCELLED", duePaise });
  const upiLink =
    business.upiVpa && shareKind === "DUE"
      ? upiPaymentLink({
          vpa: business.upiVpa,
          payeeName: business.name,
          amountPaise: duePaise,
          invoiceNumber: invoice.number,
        })
      : null;
  const share = invoiceShareText({
    shopName: business.name,
    title,
    number: invoice.number,
    totalPaise: invoice.totalPaise,
    duePaise,
    cancelledOn: shareKind === "CANCELLED" ? (cancelledOn ?? istDateString(new Date())) : null,
    url: invoiceUrl,
  });
  const supplyState = stateName(invoice.placeOfSupply) ?? invoice.placeOfSupply;
  const customerState = invoice.customer.stateCode ?? (invoice.customerGstin ? invoice.placeOfSupply : null);
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    title,
    documentType: invoice.documentType,
    status: invoice.status,
    issuedAt: invoice.issuedAt,
    issuedDate: istDateString(invoice.issuedAt),
    financialYear: invoice.financialYear,
    business: {
      name: business.name,
      address: business.address,
      phone: business.phone ? formatIndianMobile(business.phone) : null,
      gstin: invoice.supplierGstin,
      stateCode: invoice.supplierStateCode,
      stateName: stateName(invoice.supplierStateCode) ?? null,
      upiVpa: business.upiVpa,
    },
    customerId: invoice.customer.id,
    customer: {
      name: invoice.customer.name,
      address: null,
      phone: invoice.customer.phone ? formatIndianMobile(invoice.customer.phone) : null,
      gstin: invoice.customerGstin,
      stateCode: customerState,
      stateName: customerState ? (stateName(customerState) ?? null) : null,
    },
    placeOfSupply: {
      code: invoice.placeOfSupply,
      name: supplyState,
      label: `${supplyState} (${invoice.placeOfSupply})`,
    },
    interState: invoice.interState,
    showTax: invoice.documentType === "TAX_INVOICE",
    lines: invoice.lines.map((line) => ({
      position: line.position,
      description: line.description,
      hsn: line.hsn,
      quantity: line.quantity,
      quantityMilli: line.quantityMilli,
      unit: line.unit,
      ratePaise: line.ratePaise,
      discountPaise: line.discountPaise,
      taxablePaise: line.taxablePaise,
      gstRateBp: line.gstRateBp,
      gstRate: formatRateBp(line.gstRateBp),
      cgstPaise: line.cgstPaise,
      sgstPaise: line.sgstPaise,
      igstPaise: line.igstPaise,
      totalPaise: line.totalPaise,
    })),
    taxBreakup: taxBreakup(invoice.lines),
    totals: {
      subtotalPaise: invoice.subtotalPaise,
      discountPaise: invoice.discountPaise,
      taxablePaise: invoice.taxablePaise,
      cgstPaise: invoice.cgstPaise,
      sgstPaise: invoice.sgstPaise,
      igstPaise: invoice.igstPaise,
      taxPaise: invoice.cgstPaise + invoice.sgstPaise + invoice.igstPaise,
      roundOffPaise: invoice.roundOffPaise,
      totalPaise: invoice.totalPaise,
      paidPaise: invoice.paidPaise,
      duePaise,
    },
    amountInWords: amountInWords(invoice.totalPaise),
    notes: invoice.notes,
    cancelled: invoice.cancelledAt ? { at: invoice.cancelledAt, reason: invoice.cancelReason } : null,
    invoiceUrl,
    upiLink,
    upiQrDataUrl: upiLink
      ? await QRCode.toDataURL(upiLink, { errorCorrectionLevel: "M", margin: 1, width: 240 })
      : null,
    shareKind,
    whatsappShareUrl: whatsappShareUrl(invoice.customer.phone, share),
  };
}

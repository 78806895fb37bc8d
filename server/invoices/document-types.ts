import type { DocumentType, InvoiceStatus } from "@/generated/prisma/enums";
import type { InvoiceAmounts } from "@/lib/gst/tax";
import type { InvoiceShareKind } from "@/lib/share-links";

export type DocumentTitle = "Tax Invoice" | "Bill of Supply" | "Bill";

export type DocumentParty = {
  name: string;
  address: string | null;
  phone: string | null;
  gstin: string | null;
  stateCode: string | null;
  stateName: string | null;
};

export type DocumentLine = {
  position: number;
  description: string;
  hsn: string | null;
  quantity: string;
  quantityMilli: number;
  unit: string | null;
  ratePaise: number;
  discountPaise: number;
  taxablePaise: number;
  gstRateBp: number;
  gstRate: string;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  totalPaise: number;
};

export type TaxBreakupRow = {
  gstRateBp: number;
  gstRate: string;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  taxPaise: number;
};

/** Everything the printable page and the PDF show, computed once on the server. */
export type InvoiceDocument = {
  invoiceId: string;
  number: string;
  title: DocumentTitle;
  documentType: DocumentType;
  status: InvoiceStatus;
  issuedAt: Date;
  /** YYYY-MM-DD in India (the date printed on the invoice). */
  issuedDate: string;
  financialYear: string;
  business: DocumentParty & { upiVpa: string | null };
  /** For the shop's own screens (record a payment, open the khata); never printed. */
  customerId: string;
  customer: DocumentParty;
  placeOfSupply: { code: string; name: string; label: string };
  interState: boolean;
  /** GST columns appear only on tax invoices. */
  showTax: boolean;
  lines: DocumentLine[];
  taxBreakup: TaxBreakupRow[];
  totals: Omit<InvoiceAmounts, "lines"> & { taxPaise: number; paidPaise: number; duePaise: number };
  amountInWords: string;
  notes: string | null;
  cancelled: { at: Date; reason: string | null } | null;
  invoiceUrl: string;
  upiLink: string | null;
  upiQrDataUrl: string | null;
  /** What the WhatsApp message is: DUE asks for money; a CANCELLED bill never does. */
  shareKind: InvoiceShareKind;
  whatsappShareUrl: string;
};

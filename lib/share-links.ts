import { formatInr, paiseToDecimalString } from "./money/paise";
import { waMeNumber } from "./phone";

/** NPCI UPI deep link for paying `amountPaise` to the shop; every UPI app scans it as a QR too. */
export function upiPaymentLink(input: {
  vpa: string;
  payeeName: string;
  amountPaise: number;
  invoiceNumber: string;
}): string {
  // Asking for ₹0 (a paid or cancelled bill) would be a link that demands nothing, or worse.
  if (!Number.isInteger(input.amountPaise) || input.amountPaise <= 0) {
    throw new Error("A UPI payment link needs a positive amount in paise");
  }
  const params: [string, string][] = [
    ["pa", input.vpa],
    ["pn", input.payeeName],
    ["am", paiseToDecimalString(input.amountPaise)],
    ["cu", "INR"],
    ["tn", input.invoiceNumber],
    ["tr", input.invoiceNumber],
  ];
  // "@" may stand unescaped in a query (RFC 3986), and some UPI apps only read the VPA that way.
  const encode = (value: string) => encodeURIComponent(value).replaceAll("%40", "@");
  return `upi://pay?${params.map(([key, value]) => `${key}=${encode(value)}`).join("&")}`;
}

/** wa.me link with the message filled in; with no usable mobile the merchant picks the chat. */
export function whatsappShareUrl(phone: string | null, text: string): string {
  let number = "";
  if (phone) {
    try {
      number = waMeNumber(phone);
    } catch {
      number = "";
    }
  }
  return `https://wa.me/${number}?text=${encodeURIComponent(text)}`;
}

/** What a bill's WhatsApp message is: a request for money, a receipt, or a cancellation notice. */
export type InvoiceShareKind = "DUE" | "PAID" | "CANCELLED";

export function invoiceShareKind(invoice: { cancelled: boolean; duePaise: number }): InvoiceShareKind {
  if (invoice.cancelled) return "CANCELLED";
  return invoice.duePaise > 0 ? "DUE" : "PAID";
}

/**
 * The message that goes with a bill. A cancelled bill is never asked to be paid: its message
 * says it was cancelled and that nothing is due, whatever had been paid on it.
 */
export function invoiceShareText(input: {
  shopName: string;
  title: string;
  number: string;
  totalPaise: number;
  duePaise: number;
  /** IST date "YYYY-MM-DD" the bill was cancelled, or null while it stands. */
  cancelledOn: string | null;
  url: string;
}): string {
  const bill = `${input.title} ${input.number} for ${formatInr(input.totalPaise)}`;
  const kind = invoiceShareKind({ cancelled: input.cancelledOn !== null, duePaise: input.duePaise });
  const lines =
    kind === "CANCELLED"
      ? [`${input.shopName}: ${bill} was cancelled on ${input.cancelledOn}.`, "Nothing is due on it."]
      : [
          `${input.shopName}: ${bill}.`,
          kind === "DUE" ? `Amount due: ${formatInr(input.duePaise)}.` : "Fully paid. Thank you!",
        ];
  return [...lines, input.url].join("\n");
}

/** The UPI reference ("tr"/"tn") of a payment towards a customer's khata rather than one bill. */
export function customerUpiReference(customerId: string): string {
  // UPI apps accept at most 35 characters here.
  return `KHATA-${customerId}`.slice(0, 35);
}

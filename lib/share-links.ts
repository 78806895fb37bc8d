import { paiseToDecimalString } from "./money/paise";
import { waMeNumber } from "./phone";

/** NPCI UPI deep link for paying `amountPaise` to the shop; every UPI app scans it as a QR too. */
export function upiPaymentLink(input: {
  vpa: string;
  payeeName: string;
  amountPaise: number;
  invoiceNumber: string;
}): string {
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

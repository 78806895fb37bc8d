import { waMeNumber } from "@/server/customers/phone";

type ShareInput = {
  phone: string | null;
  /** The message, already written in the merchant's language. */
  text: string;
};

/** wa.me opens WhatsApp with the text filled in; with no phone the merchant picks the chat. */
export function whatsAppShareUrl({ phone, text }: ShareInput): string {
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

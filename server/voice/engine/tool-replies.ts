import { type Lang, pick } from "./reply-lang";
import type { Ungrounded } from "./tool-parse";

// The Devanagari carries its own verb: "सुनाई नहीं दिया / दी" agrees with the thing not heard.
const WHAT: Record<Ungrounded, Record<Lang, string>> = {
  args: { en: "that", hi: "yeh", deva: "यह सुनाई नहीं दिया" },
  customer: { en: "the customer's name", hi: "customer ka naam", deva: "ग्राहक का नाम सुनाई नहीं दिया" },
  amount: { en: "that amount", hi: "yeh amount", deva: "यह रकम सुनाई नहीं दी" },
  items: {
    en: "those items or quantities",
    hi: "yeh saamaan ya maatra",
    deva: "यह सामान या मात्रा सुनाई नहीं दी",
  },
  phone: { en: "that phone number", hi: "yeh phone number", deva: "यह फ़ोन नंबर सुनाई नहीं दिया" },
};

/** The LLM offered something the merchant did not say: nothing was done; ask them to say it. */
export function notHeardReply(lang: Lang, what: Ungrounded): string {
  const thing = pick(lang, WHAT[what]);
  return pick(lang, {
    en: `I did not hear ${thing} in what you said, so I did nothing. Please say it again.`,
    hi: `Aapki baat mein ${thing} sunai nahi diya, kuch nahi kiya. Dobara boliye.`,
    deva: `आपकी बात में ${thing}, इसलिए कुछ नहीं किया। दोबारा बोलिए।`,
  });
}

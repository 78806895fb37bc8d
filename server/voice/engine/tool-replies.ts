import type { Lang } from "./replies";
import type { Ungrounded } from "./tool-parse";

const WHAT: Record<Ungrounded, { en: string; hi: string }> = {
  args: { en: "that", hi: "yeh" },
  customer: { en: "the customer's name", hi: "customer ka naam" },
  amount: { en: "that amount", hi: "yeh amount" },
  items: { en: "those items or quantities", hi: "yeh saamaan ya maatra" },
  phone: { en: "that phone number", hi: "yeh phone number" },
};

/** The LLM offered something the merchant did not say: nothing was done; ask them to say it. */
export function notHeardReply(lang: Lang, what: Ungrounded): string {
  const thing = WHAT[what][lang];
  return lang === "en"
    ? `I did not hear ${thing} in what you said, so I did nothing. Please say it again.`
    : `Aapki baat mein ${thing} sunai nahi diya, kuch nahi kiya. Dobara boliye.`;
}

import { istDateString } from "@/lib/gst/financial-year";
import type { ProductUnit } from "@/lib/products/units";
import { formatQuantity } from "@/lib/quantity";
import hiProducts from "@/messages/hi/products.json";
import type { UndoTarget } from "./dialogue/undo-question";
import { reminderWhen } from "./replies-reminders";
import { dayLabel, type Lang, money, orList, pick } from "./reply-lang";
import type { VoiceAction, VoiceItem } from "./types";

// The Hindi app's own unit words, so a bill read back says "2 किलो" as the bill page does.
const DEVA_UNITS: Record<ProductUnit, string> = hiProducts.units;

const YES_OR_NO = { en: "Yes or no?", hi: "Haan ya nahi?", deva: "हाँ या नहीं?" } as const;

/** Questions the engine asks, and what it says around them. */
export const questionReplies = {
  askCustomer: (lang: Lang) =>
    pick(lang, { en: "Which customer?", hi: "Kis customer ka?", deva: "किस ग्राहक का?" }),
  askAmount: (lang: Lang) => pick(lang, { en: "How much?", hi: "Kitne rupaye?", deva: "कितने रुपये?" }),
  askAmountInDoubt: (lang: Lang, heard: string) =>
    pick(lang, {
      en: `I am not sure what "${heard}" means as an amount. How much, in rupees?`,
      hi: `"${heard}" rakam samajh nahi aayi. Kitne rupaye?`,
      deva: `"${heard}" रकम समझ नहीं आई। कितने रुपये?`,
    }),
  askItems: (lang: Lang) => pick(lang, { en: "Which items?", hi: "Kaun sa saamaan?", deva: "कौन सा सामान?" }),
  whichOne: (lang: Lang, names: string[]) => `${orList(lang, names)}?`,
  confirmSharedPhone: (lang: Lang, name: string, holder: string) =>
    pick(lang, {
      en: `${holder} already has this mobile number. Add ${name} with the same number anyway? Yes or no?`,
      hi: `Yeh number pehle se ${holder} ka hai. Phir bhi ${name} ko isi number ke saath jod doon? Haan ya nahi?`,
      deva: `यह नंबर पहले से ${holder} का है। फिर भी ${name} को इसी नंबर के साथ जोड़ दूँ? हाँ या नहीं?`,
    }),
  phoneTaken: (lang: Lang, holder: string) =>
    pick(lang, {
      en: `${holder} already has this mobile number, so I added no one. Say it again to add anyway.`,
      hi: `Yeh number ${holder} ka hai, isliye kisi ko nahi joda. Phir bhi jodna ho to dobara boliye.`,
      deva: `यह नंबर ${holder} का है, इसलिए किसी को नहीं जोड़ा। फिर भी जोड़ना हो तो दोबारा बोलिए।`,
    }),
  offerAdd: (lang: Lang, mention: string) =>
    pick(lang, {
      en: `No customer named ${mention}. Add ${mention} as a new customer?`,
      hi: `${mention} naam ka customer nahi mila. Naya customer jod dein?`,
      deva: `${mention} नाम का ग्राहक नहीं मिला। नया ग्राहक जोड़ दें?`,
    }),
  confirm: (lang: Lang, action: VoiceAction) =>
    `${pick(lang, describeAction(action))} ${pick(lang, YES_OR_NO)}`,
  confirmUndo: (lang: Lang, { customerName: name, what }: UndoTarget) => {
    if (what.kind === "invoice") {
      return pick(lang, {
        en: `Cancel ${name}'s bill ${what.number}? Yes or no?`,
        hi: `${name} ka bill ${what.number} cancel kar doon? Haan ya nahi?`,
        deva: `${name} का बिल ${what.number} रद्द कर दूँ? हाँ या नहीं?`,
      });
    }
    const amount = money(what.amountPaise);
    const payment = what.kind === "payment";
    return pick(lang, {
      en: `Remove ${name}'s ${amount} ${payment ? "payment" : "credit"}? Yes or no?`,
      hi: `${name} ka ${amount} ${payment ? "payment" : "udhaar"} hata doon? Haan ya nahi?`,
      deva: `${name} का ${amount} ${payment ? "पेमेंट" : "उधार"} हटा दूँ? हाँ या नहीं?`,
    });
  },
  // Each names a word the parser reads as undo, in the script the merchant used.
  undoHint: (lang: Lang) =>
    pick(lang, {
      en: "If that is wrong, say undo.",
      hi: "Galat ho to undo boliye.",
      deva: 'ग़लत हो तो "वापस लो" बोलिए।',
    }),
  cancelled: (lang: Lang) =>
    pick(lang, { en: "Okay, cancelled.", hi: "Theek hai, cancel kar diya.", deva: "ठीक है, रद्द कर दिया।" }),
  sayAgain: (lang: Lang) =>
    pick(lang, {
      en: "Sorry, I lost track of that question. Please say the whole command again.",
      hi: "Maaf kijiye, pichhla sawaal samajh nahi paaya. Poori baat phir se boliye.",
      deva: "माफ़ कीजिए, पिछला सवाल समझ नहीं पाया। पूरी बात फिर से बोलिए।",
    }),
  nothingPending: (lang: Lang) =>
    pick(lang, {
      en: "There is nothing waiting for a yes or no.",
      hi: "Koi sawaal baaki nahi hai.",
      deva: "कोई सवाल बाकी नहीं है।",
    }),
};

/** " on 2 Dec" / " (2 Dec)" / " (2 दिसंबर)" for an entry dated another day; "" for today. */
function entryDay(day: string | null | undefined): Record<Lang, string> {
  if (!day || day === istDateString(new Date())) return { en: "", hi: "", deva: "" };
  return { en: ` on ${dayLabel(day)}`, hi: ` (${dayLabel(day)})`, deva: ` (${dayLabel(day, "deva")})` };
}

/** "2 kg Rice, 1 packet Biscuit"; "2 किलो Rice" in Devanagari (product names as stored). */
function itemList(items: readonly VoiceItem[], lang: "latin" | "deva"): string {
  return items
    .map((item) => {
      const unit =
        lang === "deva" && item.unit && item.unit in DEVA_UNITS
          ? DEVA_UNITS[item.unit as ProductUnit]
          : item.unit;
      return [formatQuantity(item.quantityMilli), unit, item.product].filter(Boolean).join(" ");
    })
    .join(", ");
}

/** The action a confirmation asks about, in every reply language. */
function describeAction(action: VoiceAction): Record<Lang, string> {
  switch (action.kind) {
    case "record_payment": {
      const [amount, name, day] = [
        money(action.amountPaise),
        action.customerName,
        entryDay(action.occurredOn),
      ];
      return {
        en: `Record ${amount} received from ${name}${day.en}?`,
        hi: `${name} se ${amount} mile${day.hi}, likh doon?`,
        deva: `${name} से ${amount} मिले${day.deva} — सही है?`,
      };
    }
    case "record_credit": {
      const [amount, name, day] = [
        money(action.amountPaise),
        action.customerName,
        entryDay(action.occurredOn),
      ];
      return {
        en: `Give ${amount} on credit to ${name}${day.en}?`,
        hi: `${name} ko ${amount} udhaar${day.hi} likh doon?`,
        deva: `${name} को ${amount} उधार${day.deva} — सही है?`,
      };
    }
    case "create_invoice": {
      const [latin, deva, name] = [
        itemList(action.items, "latin"),
        itemList(action.items, "deva"),
        action.customerName,
      ];
      return {
        en: `Make a bill for ${name}: ${latin}?`,
        hi: `${name} ka bill banaun: ${latin}?`,
        deva: `${name} का बिल बनाऊँ: ${deva}?`,
      };
    }
    case "add_customer":
      return {
        en: `Add ${action.name} as a new customer?`,
        hi: `${action.name} ko naya customer jod doon?`,
        deva: `नया ग्राहक ${action.name} जोड़ दूँ?`,
      };
    case "undo_last":
      return { en: "Undo your last entry?", hi: "Pichhli entry hata doon?", deva: "पिछली एंट्री हटा दूँ?" };
    case "get_balance":
      return {
        en: `Check ${action.customerName}'s balance?`,
        hi: `${action.customerName} ka baaki dekhun?`,
        deva: `${action.customerName} का बाकी देखूँ?`,
      };
    case "schedule_reminder": {
      const name = action.customerName;
      const amount = action.balancePaise ? money(action.balancePaise) : null;
      const when = (lang: Lang) => reminderWhen(lang, action.day);
      return {
        en: `Send ${name} a WhatsApp reminder${amount ? ` for ${amount}` : ""} ${when("en") ?? "now"}?`,
        hi: `${name} ko ${when("hi") ?? "abhi"} ${amount ? `${amount} ka ` : ""}reminder WhatsApp par bhejun?`,
        deva: `${name} को ${when("deva") ?? "अभी"} ${amount ? `${amount} का ` : ""}रिमाइंडर व्हाट्सऐप पर भेजूँ?`,
      };
    }
    case "list_dues":
      return { en: "List the highest dues?", hi: "Sabse zyada baaki bataun?", deva: "सबसे ज़्यादा बाकी बताऊँ?" };
    case "get_collections":
      return { en: "Tell you the collections?", hi: "Collection bataun?", deva: "कितना पैसा आया, बताऊँ?" };
    case "get_total_due":
      return { en: "Tell you the total owed?", hi: "Kul baaki bataun?", deva: "कुल बाकी बताऊँ?" };
  }
}

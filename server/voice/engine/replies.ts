import { istDateString } from "@/lib/gst/financial-year";
import { formatInr } from "@/lib/money/paise";
import { formatQuantity } from "@/lib/quantity";
import type { Language } from "../types";
import type { VoiceAction } from "./types";
import type { UndoTarget } from "./undo-question";

// Every sentence the voice engine says, in one place. Hindi replies are Hinglish in Latin script
// (what a text-to-speech voice reads well and a merchant reads quickly).
export type Lang = "en" | "hi";

export const replyLang = (language: Language): Lang => (language === "en" ? "en" : "hi");

/** "₹1,200" for whole rupees, "₹1,200.50" otherwise. */
export function money(paise: number): string {
  return formatInr(paise).replace(/\.00$/, "");
}

function balanceText(lang: Lang, balancePaise: number): string {
  if (balancePaise < 0) return `Advance ${money(-balancePaise)}.`;
  return lang === "en" ? `Balance ${money(balancePaise)}.` : `Baaki ${money(balancePaise)}.`;
}

function orList(lang: Lang, names: string[]): string {
  const joiner = lang === "en" ? " or " : " ya ";
  if (names.length <= 2) return names.join(joiner);
  return `${names.slice(0, -1).join(", ")}${joiner}${names.at(-1)}`;
}

/** "2 Dec" for an IST day "2026-12-02". */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString("en-IN", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

const PERIOD_WORDS = {
  en: { day: "on", week: "in the week from", month: "in the month from" },
  hi: { day: "", week: "hafte mein", month: "mahine mein" },
} as const;

export const replies = {
  /** " Dated 2 Dec." when the entry is not today's; "" for today (said or not). */
  onDay: (lang: Lang, day: string | null | undefined, now = new Date()) =>
    !day || day === istDateString(now)
      ? ""
      : lang === "en"
        ? ` Dated ${dayLabel(day)}.`
        : ` Tareekh ${dayLabel(day)}.`,
  dateOutOfRange: (lang: Lang) =>
    lang === "en"
      ? "That date cannot be used: an entry can be dated up to a year back, never ahead. Please say it again."
      : "Yeh tareekh nahi chalegi: entry ek saal tak purani ho sakti hai, aage ki nahi. Dobara boliye.",
  collections: (
    lang: Lang,
    period: { from: string; to: string; period: "day" | "week" | "month" },
    collectedPaise: number,
    payments: number,
  ) => {
    const today = istDateString(new Date());
    const when =
      period.period === "day"
        ? period.from === today
          ? lang === "en"
            ? "today"
            : "Aaj"
          : lang === "en"
            ? `on ${dayLabel(period.from)}`
            : dayLabel(period.from)
        : lang === "en"
          ? `${PERIOD_WORDS.en[period.period]} ${dayLabel(period.from)}`
          : `${dayLabel(period.from)} se ${PERIOD_WORDS.hi[period.period]}`;
    if (payments === 0)
      return lang === "en" ? `Nothing collected ${when}.` : `${when} koi payment nahi aaya.`;
    return lang === "en"
      ? `Collected ${money(collectedPaise)} ${when}, from ${payments} payment${payments === 1 ? "" : "s"}.`
      : `${when} ${money(collectedPaise)} aaye, ${payments} payment.`;
  },
  totalDue: (
    lang: Lang,
    totals: { receivablePaise: number; debtorCount: number },
    top: { name: string; balancePaise: number } | null,
  ) => {
    if (totals.debtorCount === 0 || !top)
      return lang === "en" ? "No one owes anything." : "Kisi ka baaki nahi hai.";
    return lang === "en"
      ? `${money(totals.receivablePaise)} is owed to you by ${totals.debtorCount} customers. Most: ${top.name}, ${money(top.balancePaise)}.`
      : `Kul ${money(totals.receivablePaise)} baaki hai, ${totals.debtorCount} customers par. Sabse zyada ${top.name}: ${money(top.balancePaise)}.`;
  },
  paymentRecorded: (lang: Lang, name: string, amountPaise: number, balancePaise: number) =>
    lang === "en"
      ? `Received ${money(amountPaise)} from ${name}. ${balanceText(lang, balancePaise)}`
      : `${name} se ${money(amountPaise)} mile. ${balanceText(lang, balancePaise)}`,
  creditRecorded: (lang: Lang, name: string, amountPaise: number, balancePaise: number) =>
    lang === "en"
      ? `Gave ${money(amountPaise)} on credit to ${name}. ${balanceText(lang, balancePaise)}`
      : `${name} ke khate mein ${money(amountPaise)} udhaar likha. ${balanceText(lang, balancePaise)}`,
  invoiceIssued: (lang: Lang, name: string, number: string, totalPaise: number) =>
    lang === "en"
      ? `Bill ${number} for ${money(totalPaise)} made for ${name}.`
      : `${name} ka bill ${number} ${money(totalPaise)} ka ban gaya.`,
  balance: (lang: Lang, name: string, balancePaise: number) => {
    if (balancePaise < 0) return `${name}: advance ${money(-balancePaise)}.`;
    return lang === "en"
      ? `${name} owes ${money(balancePaise)}.`
      : `${name} ka baaki ${money(balancePaise)}.`;
  },
  dues: (lang: Lang, rows: { name: string; balancePaise: number }[]) => {
    if (rows.length === 0) return lang === "en" ? "No one owes anything." : "Kisi ka baaki nahi hai.";
    const list = rows.map((row) => `${row.name} ${money(row.balancePaise)}`).join(", ");
    return lang === "en" ? `Highest dues: ${list}.` : `Sabse zyada baaki: ${list}.`;
  },
  customerAdded: (lang: Lang, name: string) => (lang === "en" ? `Added ${name}.` : `${name} ko jod diya.`),
  undone: (lang: Lang) => (lang === "en" ? "Undid the last entry." : "Pichhli entry hata di."),
  invoiceCancelled: (lang: Lang, number: string) =>
    lang === "en" ? `Bill ${number} cancelled.` : `Bill ${number} cancel kar diya.`,
  nothingToUndo: (lang: Lang) =>
    lang === "en"
      ? "Nothing of yours to undo from the last 5 minutes."
      : "Pichhle 5 minute mein aapki koi entry nahi mili.",
  askCustomer: (lang: Lang) => (lang === "en" ? "Which customer?" : "Kis customer ka?"),
  askAmount: (lang: Lang) => (lang === "en" ? "How much?" : "Kitne rupaye?"),
  askAmountInDoubt: (lang: Lang, heard: string) =>
    lang === "en"
      ? `I am not sure what "${heard}" means as an amount. How much, in rupees?`
      : `"${heard}" rakam samajh nahi aayi. Kitne rupaye?`,
  askItems: (lang: Lang) => (lang === "en" ? "Which items?" : "Kaun sa saamaan?"),
  whichOne: (lang: Lang, names: string[]) => `${orList(lang, names)}?`,
  confirmSharedPhone: (lang: Lang, name: string, holder: string) =>
    lang === "en"
      ? `${holder} already has this mobile number. Add ${name} with the same number anyway? Yes or no?`
      : `Yeh number pehle se ${holder} ka hai. Phir bhi ${name} ko isi number ke saath jod doon? Haan ya nahi?`,
  phoneTaken: (lang: Lang, holder: string) =>
    lang === "en"
      ? `${holder} already has this mobile number, so I added no one. Say it again to add anyway.`
      : `Yeh number ${holder} ka hai, isliye kisi ko nahi joda. Phir bhi jodna ho to dobara boliye.`,
  offerAdd: (lang: Lang, mention: string) =>
    lang === "en"
      ? `No customer named ${mention}. Add ${mention} as a new customer?`
      : `${mention} naam ka customer nahi mila. Naya customer jod dein?`,
  confirm: (lang: Lang, action: VoiceAction) =>
    `${describeAction(lang, action)} ${lang === "en" ? "Yes or no?" : "Haan ya nahi?"}`,
  confirmUndo: (lang: Lang, { customerName, what }: UndoTarget) => {
    if (what.kind === "invoice") {
      return lang === "en"
        ? `Cancel ${customerName}'s bill ${what.number}? Yes or no?`
        : `${customerName} ka bill ${what.number} cancel kar doon? Haan ya nahi?`;
    }
    const label =
      lang === "en"
        ? what.kind === "payment"
          ? "payment"
          : "credit"
        : what.kind === "payment"
          ? "payment"
          : "udhaar";
    return lang === "en"
      ? `Remove ${customerName}'s ${money(what.amountPaise)} ${label}? Yes or no?`
      : `${customerName} ka ${money(what.amountPaise)} ${label} hata doon? Haan ya nahi?`;
  },
  undoHint: (lang: Lang) => (lang === "en" ? "If that is wrong, say undo." : "Galat ho to undo boliye."),
  cancelled: (lang: Lang) => (lang === "en" ? "Okay, cancelled." : "Theek hai, cancel kar diya."),
  sayAgain: (lang: Lang) =>
    lang === "en"
      ? "Sorry, I lost track of that question. Please say the whole command again."
      : "Maaf kijiye, pichhla sawaal samajh nahi paaya. Poori baat phir se boliye.",
  nothingPending: (lang: Lang) =>
    lang === "en" ? "There is nothing waiting for a yes or no." : "Koi sawaal baaki nahi hai.",
  reminderScheduled: (lang: Lang, name: string, when: string | null) =>
    when === null
      ? lang === "en"
        ? `Reminder to ${name} is on its way on WhatsApp.`
        : `${name} ko WhatsApp par reminder ja raha hai.`
      : lang === "en"
        ? `Reminder to ${name} set for ${when}.`
        : `${name} ko ${when} reminder jayega.`,
  reminderWaiting: (lang: Lang, name: string) =>
    lang === "en"
      ? `Reminder to ${name} is ready. No scheduler is set up: press Send now on the Reminders page.`
      : `${name} ka reminder taiyaar hai. Scheduler set nahi hai: Reminders page par Send now dabaiye.`,
  reminderNoPhone: (lang: Lang, name: string) =>
    lang === "en"
      ? `${name} has no mobile number. Add one first to send a reminder.`
      : `${name} ka mobile number nahi hai. Reminder ke liye pehle number jodiye.`,
  reminderNothingDue: (lang: Lang, name: string) =>
    lang === "en" ? `${name} owes nothing now.` : `${name} par abhi kuch baaki nahi hai.`,
  ownerOnly: (lang: Lang) =>
    lang === "en" ? "Only the shop owner can do that." : "Yeh sirf dukaan ke maalik kar sakte hain.",
  failed: (lang: Lang) =>
    lang === "en" ? "That did not work. Please try again." : "Yeh nahi ho paya. Dobara boliye.",
  notUnderstood: (lang: Lang) =>
    lang === "en"
      ? 'Sorry, I did not get that. Try: "Received 500 from Rahul", "Give Priya 200 on credit" or "Who owes the most?"'
      : 'Samajh nahi aaya. Aise boliye: "Rahul ne 500 diye", "Priya ko 200 udhaar" ya "Kiska kitna baaki hai?"',
};

const notToday = (day: string | null | undefined) => Boolean(day) && day !== istDateString(new Date());
const enDay = (day: string | null | undefined) => (notToday(day) ? ` on ${dayLabel(day ?? "")}` : "");
const hiDay = (day: string | null | undefined) => (notToday(day) ? ` (${dayLabel(day ?? "")})` : "");

function describeAction(lang: Lang, action: VoiceAction): string {
  const en = lang === "en";
  switch (action.kind) {
    case "record_payment":
      return en
        ? `Record ${money(action.amountPaise)} received from ${action.customerName}${enDay(action.occurredOn)}?`
        : `${action.customerName} se ${money(action.amountPaise)} mile${hiDay(action.occurredOn)}, likh doon?`;
    case "record_credit":
      return en
        ? `Give ${money(action.amountPaise)} on credit to ${action.customerName}${enDay(action.occurredOn)}?`
        : `${action.customerName} ko ${money(action.amountPaise)} udhaar${hiDay(action.occurredOn)} likh doon?`;
    case "create_invoice": {
      const items = action.items
        .map((item) =>
          [formatQuantity(item.quantityMilli), item.unit, item.product].filter(Boolean).join(" "),
        )
        .join(", ");
      return en
        ? `Make a bill for ${action.customerName}: ${items}?`
        : `${action.customerName} ka bill banaun: ${items}?`;
    }
    case "add_customer":
      return en ? `Add ${action.name} as a new customer?` : `${action.name} ko naya customer jod doon?`;
    case "undo_last":
      return en ? "Undo your last entry?" : "Pichhli entry hata doon?";
    case "get_balance":
      return en ? `Check ${action.customerName}'s balance?` : `${action.customerName} ka baaki dekhun?`;
    case "schedule_reminder": {
      const amount = action.balancePaise ? money(action.balancePaise) : null;
      const when = reminderWhen(lang, action.day);
      return en
        ? `Send ${action.customerName} a WhatsApp reminder${amount ? ` for ${amount}` : ""} ${when ?? "now"}?`
        : `${action.customerName} ko ${when ?? "abhi"} ${amount ? `${amount} ka ` : ""}reminder WhatsApp par bhejun?`;
    }
    case "list_dues":
      return en ? "List the highest dues?" : "Sabse zyada baaki bataun?";
    case "get_collections":
      return en ? "Tell you the collections?" : "Collection bataun?";
    case "get_total_due":
      return en ? "Tell you the total owed?" : "Kul baaki bataun?";
  }
}

/** "on 12 Mar at 10 am" / "12 Mar subah 10 baje" for a reminder's day; null for now. */
export function reminderWhen(lang: Lang, day: string | null): string | null {
  if (!day) return null;
  const label = dayLabel(day);
  return lang === "en" ? `on ${label} at 10 am` : `${label} subah 10 baje`;
}

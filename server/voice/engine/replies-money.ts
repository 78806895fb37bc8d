import { istDateString } from "@/lib/gst/financial-year";
import { dayLabel, devaMonth, type Lang, money, pick } from "./reply-lang";

type Period = { from: string; to: string; period: "day" | "week" | "month" };

function balanceText(lang: Lang, balancePaise: number): string {
  if (balancePaise < 0) {
    const advance = money(-balancePaise);
    return pick(lang, { en: `Advance ${advance}.`, hi: `Advance ${advance}.`, deva: `एडवांस ${advance}।` });
  }
  const due = money(balancePaise);
  return pick(lang, { en: `Balance ${due}.`, hi: `Baaki ${due}.`, deva: `बाकी ${due}।` });
}

/** "today" / "Aaj" / "आज", or the day, week or month the collections question was about. */
function periodWords(lang: Lang, period: Period): string {
  const from = { en: dayLabel(period.from), deva: dayLabel(period.from, "deva") };
  switch (period.period) {
    case "day":
      if (period.from === istDateString(new Date()))
        return pick(lang, { en: "today", hi: "Aaj", deva: "आज" });
      return pick(lang, { en: `on ${from.en}`, hi: from.en, deva: `${from.deva} को` });
    case "week":
      return pick(lang, {
        en: `in the week from ${from.en}`,
        hi: `${from.en} se hafte mein`,
        deva: `${from.deva} वाले हफ़्ते में`,
      });
    case "month":
      return pick(lang, {
        en: `in the month from ${from.en}`,
        hi: `${from.en} se mahine mein`,
        deva: `${devaMonth(period.from)} महीने में`,
      });
  }
}

const noDues = (lang: Lang) =>
  pick(lang, { en: "No one owes anything.", hi: "Kisi ka baaki nahi hai.", deva: "किसी का बाकी नहीं है।" });

/** Entries written and questions about the shop's money answered. */
export const moneyReplies = {
  /** " Dated 2 Dec." when the entry is not today's; "" for today (said or not). */
  onDay: (lang: Lang, day: string | null | undefined, now = new Date()) =>
    !day || day === istDateString(now)
      ? ""
      : pick(lang, {
          en: ` Dated ${dayLabel(day)}.`,
          hi: ` Tareekh ${dayLabel(day)}.`,
          deva: ` तारीख़ ${dayLabel(day, "deva")}।`,
        }),
  dateOutOfRange: (lang: Lang) =>
    pick(lang, {
      en: "That date cannot be used: an entry can be dated up to a year back, never ahead. Please say it again.",
      hi: "Yeh tareekh nahi chalegi: entry ek saal tak purani ho sakti hai, aage ki nahi. Dobara boliye.",
      deva: "यह तारीख़ नहीं चलेगी: एंट्री एक साल तक पुरानी हो सकती है, आगे की नहीं। दोबारा बोलिए।",
    }),
  collections: (lang: Lang, period: Period, collectedPaise: number, payments: number) => {
    const when = periodWords(lang, period);
    const amount = money(collectedPaise);
    if (payments === 0) {
      return pick(lang, {
        en: `Nothing collected ${when}.`,
        hi: `${when} koi payment nahi aaya.`,
        deva: `${when} कोई पेमेंट नहीं आया।`,
      });
    }
    return pick(lang, {
      en: `Collected ${amount} ${when}, from ${payments} payment${payments === 1 ? "" : "s"}.`,
      hi: `${when} ${amount} aaye, ${payments} payment.`,
      deva: `${when} ${amount} आए, ${payments} पेमेंट।`,
    });
  },
  totalDue: (
    lang: Lang,
    totals: { receivablePaise: number; debtorCount: number },
    top: { name: string; balancePaise: number } | null,
  ) => {
    if (totals.debtorCount === 0 || !top) return noDues(lang);
    const total = money(totals.receivablePaise);
    const most = money(top.balancePaise);
    const count = totals.debtorCount;
    return pick(lang, {
      en: `${total} is owed to you by ${count} customers. Most: ${top.name}, ${most}.`,
      hi: `Kul ${total} baaki hai, ${count} customers par. Sabse zyada ${top.name}: ${most}.`,
      deva: `कुल ${total} बाकी है, ${count} ग्राहकों पर। सबसे ज़्यादा ${top.name}: ${most}।`,
    });
  },
  paymentRecorded: (lang: Lang, name: string, amountPaise: number, balancePaise: number) => {
    const amount = money(amountPaise);
    const said = pick(lang, {
      en: `Received ${amount} from ${name}.`,
      hi: `${name} se ${amount} mile.`,
      deva: `${name} से ${amount} मिले।`,
    });
    return `${said} ${balanceText(lang, balancePaise)}`;
  },
  creditRecorded: (lang: Lang, name: string, amountPaise: number, balancePaise: number) => {
    const amount = money(amountPaise);
    const said = pick(lang, {
      en: `Gave ${amount} on credit to ${name}.`,
      hi: `${name} ke khate mein ${amount} udhaar likha.`,
      deva: `${name} के खाते में ${amount} उधार लिखा।`,
    });
    return `${said} ${balanceText(lang, balancePaise)}`;
  },
  invoiceIssued: (lang: Lang, name: string, number: string, totalPaise: number) => {
    const total = money(totalPaise);
    return pick(lang, {
      en: `Bill ${number} for ${total} made for ${name}.`,
      hi: `${name} ka bill ${number} ${total} ka ban gaya.`,
      deva: `${name} का बिल ${number} ${total} का बन गया।`,
    });
  },
  balance: (lang: Lang, name: string, balancePaise: number) => {
    if (balancePaise < 0) {
      const advance = money(-balancePaise);
      return pick(lang, {
        en: `${name}: advance ${advance}.`,
        hi: `${name}: advance ${advance}.`,
        deva: `${name}: एडवांस ${advance}।`,
      });
    }
    const due = money(balancePaise);
    return pick(lang, {
      en: `${name} owes ${due}.`,
      hi: `${name} ka baaki ${due}.`,
      deva: `${name} का बाकी ${due}।`,
    });
  },
  dues: (lang: Lang, rows: { name: string; balancePaise: number }[]) => {
    if (rows.length === 0) return noDues(lang);
    const list = rows.map((row) => `${row.name} ${money(row.balancePaise)}`).join(", ");
    return pick(lang, {
      en: `Highest dues: ${list}.`,
      hi: `Sabse zyada baaki: ${list}.`,
      deva: `सबसे ज़्यादा बाकी: ${list}।`,
    });
  },
  customerAdded: (lang: Lang, name: string) =>
    pick(lang, { en: `Added ${name}.`, hi: `${name} ko jod diya.`, deva: `${name} को जोड़ दिया।` }),
  undone: (lang: Lang) =>
    pick(lang, { en: "Undid the last entry.", hi: "Pichhli entry hata di.", deva: "पिछली एंट्री हटा दी।" }),
  invoiceCancelled: (lang: Lang, number: string) =>
    pick(lang, {
      en: `Bill ${number} cancelled.`,
      hi: `Bill ${number} cancel kar diya.`,
      deva: `बिल ${number} रद्द कर दिया।`,
    }),
  nothingToUndo: (lang: Lang) =>
    pick(lang, {
      en: "Nothing of yours to undo from the last 5 minutes.",
      hi: "Pichhle 5 minute mein aapki koi entry nahi mili.",
      deva: "पिछले 5 मिनट में आपकी कोई एंट्री नहीं मिली।",
    }),
};

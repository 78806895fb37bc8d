import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import { answerLabels } from "@/lib/voice/answer-labels";
import type { Language } from "../types";
import { confirmVoiceCommand } from "./dialogue/button-answer";
import { type Lang, reminderWhen, replies, replyLang } from "./replies";
import { runVoiceCommand } from "./run-voice-command";
import { balanceOf, voiceShop } from "./test-shop";
import type { Ungrounded } from "./tool-parse";
import { notHeardReply } from "./tool-replies";
import type { VoiceAction } from "./types";

const LATIN = /[A-Za-z]/;
const DEVANAGARI = /[\u0900-\u097F]/;

/** What is left of a reply once the names, products and bill numbers put into it are taken out. */
function ownWords(reply: string, inserted: readonly string[]): string {
  return [...inserted]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, value) => rest.split(value).join(""), reply);
}

/** A Devanagari reply: no Latin letter anywhere but inside what the shop stored or the merchant said. */
function expectDevanagari(reply: string, inserted: readonly string[] = []) {
  const own = ownWords(reply, inserted);
  expect(own, reply).not.toMatch(LATIN);
  expect(own, reply).toMatch(DEVANAGARI);
}

/** A Hinglish or English reply stays in Latin letters around the names. */
function expectLatin(reply: string, inserted: readonly string[] = []) {
  const own = ownWords(reply, inserted);
  expect(own, reply).not.toMatch(DEVANAGARI);
  expect(own, reply).toMatch(LATIN);
}

const PAST_DAY = "2020-12-02";
const today = () => istDateString(new Date());
const RAHUL = "Rahul Sharma";
const GUPTA = "Rahul Gupta";
const BILL = "INV/2026-27/0042";

const ACTIONS: VoiceAction[] = [
  {
    kind: "record_payment",
    customerId: "c1",
    customerName: RAHUL,
    amountPaise: 50_000,
    mode: "CASH",
    occurredOn: PAST_DAY,
  },
  { kind: "record_credit", customerId: "c1", customerName: RAHUL, amountPaise: 1_200 },
  {
    kind: "create_invoice",
    customerId: "c1",
    customerName: RAHUL,
    items: [
      { productId: "p1", product: "Rice", quantityMilli: 2_000, unit: "kg" },
      { productId: "p2", product: "Sarson Oil", quantityMilli: 1_500, unit: "litre" },
      { productId: "p3", product: "Parle-G", quantityMilli: 3_000, unit: "packet" },
    ],
  },
  { kind: "add_customer", name: "Suresh Kumar", phone: null },
  { kind: "undo_last" },
  { kind: "get_balance", customerId: "c1", customerName: RAHUL },
  { kind: "schedule_reminder", customerId: "c1", customerName: RAHUL, day: PAST_DAY, balancePaise: 120_000 },
  { kind: "schedule_reminder", customerId: "c1", customerName: RAHUL, day: null },
  { kind: "list_dues" },
  { kind: "get_collections", from: today(), to: today(), period: "day" },
  { kind: "get_total_due" },
];
const INSERTED = [RAHUL, GUPTA, "Suresh Kumar", "Priya Verma", "Rice", "Sarson Oil", "Parle-G", BILL];

type Said = string | string[];

/** Every reply function, each said in every shape it has: a new reply without a case is a type error. */
const EVERY_REPLY: { [K in keyof typeof replies]: (lang: Lang) => Said } = {
  onDay: (lang) => replies.onDay(lang, PAST_DAY),
  dateOutOfRange: (lang) => replies.dateOutOfRange(lang),
  collections: (lang) => [
    replies.collections(lang, { from: today(), to: today(), period: "day" }, 250_000, 3),
    replies.collections(lang, { from: today(), to: today(), period: "day" }, 0, 0),
    replies.collections(lang, { from: PAST_DAY, to: PAST_DAY, period: "day" }, 10_000, 1),
    replies.collections(lang, { from: "2020-11-30", to: "2020-12-06", period: "week" }, 10_000, 1),
    replies.collections(lang, { from: "2020-12-01", to: "2020-12-31", period: "month" }, 0, 0),
  ],
  totalDue: (lang) => [
    replies.totalDue(
      lang,
      { receivablePaise: 500_000, debtorCount: 4 },
      { name: RAHUL, balancePaise: 200_000 },
    ),
    replies.totalDue(lang, { receivablePaise: 0, debtorCount: 0 }, null),
  ],
  paymentRecorded: (lang) => [
    replies.paymentRecorded(lang, RAHUL, 50_000, 120_000),
    replies.paymentRecorded(lang, RAHUL, 50_000, -20_000),
  ],
  creditRecorded: (lang) => replies.creditRecorded(lang, RAHUL, 1_200, 1_200),
  invoiceIssued: (lang) => replies.invoiceIssued(lang, RAHUL, BILL, 23_650),
  balance: (lang) => [replies.balance(lang, RAHUL, 120_000), replies.balance(lang, RAHUL, -5_000)],
  dues: (lang) => [
    replies.dues(lang, [
      { name: RAHUL, balancePaise: 120_000 },
      { name: "Priya Verma", balancePaise: 50_000 },
    ]),
    replies.dues(lang, []),
  ],
  customerAdded: (lang) => replies.customerAdded(lang, "Suresh Kumar"),
  undone: (lang) => replies.undone(lang),
  invoiceCancelled: (lang) => replies.invoiceCancelled(lang, BILL),
  nothingToUndo: (lang) => replies.nothingToUndo(lang),
  askCustomer: (lang) => replies.askCustomer(lang),
  askAmount: (lang) => replies.askAmount(lang),
  askAmountInDoubt: (lang) => replies.askAmountInDoubt(lang, "Parle-G"),
  askItems: (lang) => replies.askItems(lang),
  whichOne: (lang) => [
    replies.whichOne(lang, [RAHUL, GUPTA]),
    replies.whichOne(lang, [RAHUL, GUPTA, "Priya Verma"]),
  ],
  confirmSharedPhone: (lang) => replies.confirmSharedPhone(lang, "Suresh Kumar", RAHUL),
  phoneTaken: (lang) => replies.phoneTaken(lang, RAHUL),
  offerAdd: (lang) => replies.offerAdd(lang, "Suresh Kumar"),
  confirm: (lang) => ACTIONS.map((action) => replies.confirm(lang, action)),
  confirmUndo: (lang) => [
    replies.confirmUndo(lang, { turnId: "t", customerName: RAHUL, what: { kind: "invoice", number: BILL } }),
    replies.confirmUndo(lang, {
      turnId: "t",
      customerName: RAHUL,
      what: { kind: "payment", amountPaise: 100 },
    }),
    replies.confirmUndo(lang, {
      turnId: "t",
      customerName: RAHUL,
      what: { kind: "credit", amountPaise: 100 },
    }),
  ],
  undoHint: (lang) => replies.undoHint(lang),
  cancelled: (lang) => replies.cancelled(lang),
  nothingPending: (lang) => replies.nothingPending(lang),
  sayAgain: (lang) => replies.sayAgain(lang),
  reminderScheduled: (lang) => [
    replies.reminderScheduled(lang, RAHUL, null),
    replies.reminderScheduled(lang, RAHUL, reminderWhen(lang, PAST_DAY)),
  ],
  reminderWaiting: (lang) => replies.reminderWaiting(lang, RAHUL),
  reminderNoPhone: (lang) => replies.reminderNoPhone(lang, RAHUL),
  reminderNothingDue: (lang) => replies.reminderNothingDue(lang, RAHUL),
  ownerOnly: (lang) => replies.ownerOnly(lang),
  failed: (lang) => replies.failed(lang),
  notUnderstood: (lang) => replies.notUnderstood(lang),
};

const UNGROUNDED: Ungrounded[] = ["args", "customer", "amount", "items", "phone"];
const said = (lang: Lang, make: (lang: Lang) => Said) => [make(lang)].flat();

describe("Devanagari in, Devanagari out: the reply language", () => {
  it("follows the parser's language: Devanagari gets deva, romanised Hindi stays Hinglish", () => {
    expect(replyLang("hi-Deva")).toBe("deva");
    expect(replyLang("hi-Latn")).toBe("hi");
    expect(replyLang("en")).toBe("en");
    expect(replyLang("hi" as Language)).toBe("hi");
  });

  it.each(Object.keys(EVERY_REPLY))(
    "%s: Devanagari around the names, Latin in Hinglish and English",
    (key) => {
      const make = EVERY_REPLY[key as keyof typeof EVERY_REPLY];
      for (const reply of said("deva", make)) expectDevanagari(reply, INSERTED);
      for (const reply of [...said("hi", make), ...said("en", make)]) expectLatin(reply, INSERTED);
      expect(said("deva", make)).not.toEqual(said("hi", make));
    },
  );

  it("notHeardReply: every unheard slot, in Devanagari", () => {
    for (const what of UNGROUNDED) {
      expectDevanagari(notHeardReply("deva", what));
      expectLatin(notHeardReply("hi", what));
    }
    expect(notHeardReply("deva", "amount")).toBe(
      "आपकी बात में यह रकम सुनाई नहीं दी, इसलिए कुछ नहीं किया। दोबारा बोलिए।",
    );
  });

  it("says the shop's sentences in plain shop Hindi, money with ₹ and Western digits", () => {
    expect(replies.paymentRecorded("deva", RAHUL, 50_000, 120_000)).toBe(
      "Rahul Sharma से ₹500 मिले। बाकी ₹1,200।",
    );
    expect(replies.creditRecorded("deva", RAHUL, 1_250_050, 1_250_050)).toBe(
      "Rahul Sharma के खाते में ₹12,500.50 उधार लिखा। बाकी ₹12,500.50।",
    );
    expect(replies.paymentRecorded("deva", RAHUL, 50_000, -20_000)).toBe(
      "Rahul Sharma से ₹500 मिले। एडवांस ₹200।",
    );
    expect(replies.balance("deva", RAHUL, 120_000)).toBe("Rahul Sharma का बाकी ₹1,200।");
    expect(replies.askAmount("deva")).toBe("कितने रुपये?");
    expect(replies.askCustomer("deva")).toBe("किस ग्राहक का?");
    expect(replies.whichOne("deva", [RAHUL, GUPTA])).toBe("Rahul Sharma या Rahul Gupta?");
    expect(replies.nothingToUndo("deva")).toBe("पिछले 5 मिनट में आपकी कोई एंट्री नहीं मिली।");
  });

  it("reads back a question with the yes and no its buttons show", () => {
    const credit: VoiceAction = {
      kind: "record_credit",
      customerId: "c1",
      customerName: RAHUL,
      amountPaise: 1_200,
    };
    expect(replies.confirm("deva", credit)).toBe("Rahul Sharma को ₹12 उधार — सही है? हाँ या नहीं?");
    for (const language of ["en", "hi-Latn", "hi-Deva"] satisfies Language[]) {
      const question = replies.confirm(replyLang(language), credit).toLowerCase();
      const [yes, , no] = question.replace(/\?$/, "").split(" ").slice(-3);
      const labels = answerLabels(language);
      expect([yes, no], question).toEqual([labels?.yes.toLowerCase(), labels?.no.toLowerCase()]);
    }
  });

  it("keeps names and products as the shop wrote them, units and dates in Hindi", () => {
    const bill = ACTIONS.find((action) => action.kind === "create_invoice") as VoiceAction;
    expect(replies.confirm("deva", bill)).toBe(
      "Rahul Sharma का बिल बनाऊँ: 2 किलो Rice, 1.5 लीटर Sarson Oil, 3 पैकेट Parle-G? हाँ या नहीं?",
    );
    expect(replies.paymentRecorded("deva", "राहुल शर्मा", 50_000, 0)).toBe("राहुल शर्मा से ₹500 मिले। बाकी ₹0।");
    expect(replies.paymentRecorded("hi", "राहुल शर्मा", 50_000, 0)).toBe("राहुल शर्मा se ₹500 mile. Baaki ₹0.");
    expect(replies.onDay("deva", PAST_DAY)).toBe(" तारीख़ 2 दिसंबर।");
    expect(replies.onDay("deva", today())).toBe("");
    expect(reminderWhen("deva", "2027-03-12")).toBe("12 मार्च सुबह 10 बजे");
    expect(
      replies.collections("deva", { from: "2020-12-01", to: "2020-12-31", period: "month" }, 10_000, 2),
    ).toBe("दिसंबर महीने में ₹100 आए, 2 पेमेंट।");
  });
});

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

describe("Devanagari in, Devanagari out: through runVoiceCommand", () => {
  it('"राहुल ने 500 दिए" is answered in Devanagari, with the name as stored', async () => {
    const shop = await voiceShop({ [RAHUL]: 170_000 });
    const result = await say(shop.ownerCtx, "राहुल ने 500 दिए");
    expect(result).toMatchObject({
      status: "EXECUTED",
      language: "hi-Deva",
      reply: "Rahul Sharma से ₹500 मिले। बाकी ₹1,200।",
    });
    expect(await balanceOf(shop.ids[RAHUL] as string)).toBe(120_000);
  });

  it('"Rahul ne 500 diye" still gets the Hinglish reply', async () => {
    const shop = await voiceShop({ [RAHUL]: 170_000 });
    const result = await say(shop.ownerCtx, "Rahul ne 500 diye");
    expect(result).toMatchObject({ language: "hi-Latn", reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200." });
  });

  it("a customer the shop wrote in Devanagari is named in Devanagari in either reply", async () => {
    const shop = await voiceShop({ "सुनीता देवी": 50_000 });
    expect((await say(shop.ownerCtx, "सुनीता ने 200 दिए")).reply).toBe("सुनीता देवी से ₹200 मिले। बाकी ₹300।");
    expect((await say(shop.ownerCtx, "Sunita ne 100 diye")).reply).toBe(
      "सुनीता देवी se ₹100 mile. Baaki ₹200.",
    );
  });

  it("asks in Devanagari with Devanagari buttons, and the हाँ is answered in Devanagari", async () => {
    const shop = await voiceShop({ [RAHUL]: 170_000 });
    const question = await say(shop.ownerCtx, "राहुल को 15000 उधार");
    expect(question).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      reply: "Rahul Sharma को ₹15,000 उधार — सही है? हाँ या नहीं?",
    });
    expect(answerLabels(question.language)).toEqual({ yes: "हाँ", no: "नहीं" });
    const yes = await say(shop.ownerCtx, "हाँ");
    expect(yes).toMatchObject({
      status: "EXECUTED",
      reply: "Rahul Sharma के खाते में ₹15,000 उधार लिखा। बाकी ₹16,700।",
    });
  });

  it("a bare 500 after कितने रुपये? completes the Devanagari command and is answered in Devanagari", async () => {
    const shop = await voiceShop({ [RAHUL]: 170_000 });
    const asked = await say(shop.ownerCtx, "राहुल ने पैसे दिए");
    expect(asked).toMatchObject({ status: "NEEDS_INPUT", reply: "कितने रुपये?" });
    const answered = await say(shop.ownerCtx, "500");
    expect(answered).toMatchObject({ status: "EXECUTED", reply: "Rahul Sharma से ₹500 मिले। बाकी ₹1,200।" });
  });

  it("asks which Rahul in Devanagari and answers the choice in Devanagari", async () => {
    const shop = await voiceShop({ [RAHUL]: 170_000, [GUPTA]: 80_000 });
    const question = await say(shop.ownerCtx, "राहुल ने 500 दिए");
    expect(question.reply).toMatch(/^Rahul (Sharma|Gupta) या Rahul (Sharma|Gupta)\?$/);
    const chosen = await confirmVoiceCommand(shop.ownerCtx, {
      turnId: question.turnId,
      answer: "yes",
      choice: shop.ids[GUPTA] as string,
    });
    expect(chosen.reply).toBe("Rahul Gupta से ₹500 मिले। बाकी ₹300।");
  });

  it("what it cannot read is answered with Devanagari examples", async () => {
    const shop = await voiceShop({ [RAHUL]: 0 });
    const result = await say(shop.ownerCtx, "नमस्ते भैया");
    expect(result.status).toBe("REJECTED");
    expect(result.reply).toBe(replies.notUnderstood("deva"));
    expectDevanagari(result.reply);
  });
});

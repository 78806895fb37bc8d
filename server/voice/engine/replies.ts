import { moneyReplies } from "./replies-money";
import { questionReplies } from "./replies-questions";
import { reminderReplies } from "./replies-reminders";
import { type Lang, pick } from "./reply-lang";

// Every sentence the voice engine says, gathered here from the topic files. Each is written in
// English, Hinglish in Latin script (what a text-to-speech voice reads well and a merchant who
// typed romanised Hindi reads quickly) and Devanagari Hindi for a merchant who wrote Devanagari.
// Names and product names go in exactly as the shop stored them, in whatever script that is.
export { reminderWhen } from "./replies-reminders";
export { dayLabel, type Lang, money, replyLang } from "./reply-lang";

export const replies = {
  ...moneyReplies,
  ...questionReplies,
  ...reminderReplies,
  ownerOnly: (lang: Lang) =>
    pick(lang, {
      en: "Only the shop owner can do that.",
      hi: "Yeh sirf dukaan ke maalik kar sakte hain.",
      deva: "यह सिर्फ़ दुकान के मालिक कर सकते हैं।",
    }),
  failed: (lang: Lang) =>
    pick(lang, {
      en: "That did not work. Please try again.",
      hi: "Yeh nahi ho paya. Dobara boliye.",
      deva: "यह नहीं हो पाया। दोबारा बोलिए।",
    }),
  // The examples are ones the parser reads, in the merchant's own script.
  notUnderstood: (lang: Lang) =>
    pick(lang, {
      en: 'Sorry, I did not get that. Try: "Received 500 from Rahul", "Give Priya 200 on credit" or "Who owes the most?"',
      hi: 'Samajh nahi aaya. Aise boliye: "Rahul ne 500 diye", "Priya ko 200 udhaar" ya "Kiska kitna baaki hai?"',
      deva: 'समझ नहीं आया। ऐसे बोलिए: "राहुल ने 500 दिए", "प्रिया को 200 उधार" या "किसका कितना बाकी है?"',
    }),
};

import { dayLabel, type Lang, pick } from "./reply-lang";

/** "on 12 Mar at 10 am" / "12 Mar subah 10 baje" / "12 मार्च सुबह 10 बजे"; null for now. */
export function reminderWhen(lang: Lang, day: string | null): string | null {
  if (!day) return null;
  return pick(lang, {
    en: `on ${dayLabel(day)} at 10 am`,
    hi: `${dayLabel(day)} subah 10 baje`,
    deva: `${dayLabel(day, "deva")} सुबह 10 बजे`,
  });
}

/** WhatsApp reminders asked for by voice. */
export const reminderReplies = {
  /** `when`: from reminderWhen in the same language; null when it goes now. */
  reminderScheduled: (lang: Lang, name: string, when: string | null) =>
    when === null
      ? pick(lang, {
          en: `Reminder to ${name} is on its way on WhatsApp.`,
          hi: `${name} ko WhatsApp par reminder ja raha hai.`,
          deva: `${name} को व्हाट्सऐप पर रिमाइंडर जा रहा है।`,
        })
      : pick(lang, {
          en: `Reminder to ${name} set for ${when}.`,
          hi: `${name} ko ${when} reminder jayega.`,
          deva: `${name} को ${when} रिमाइंडर जाएगा।`,
        }),
  // The Devanagari one names the page and button as the Hindi app labels them.
  reminderWaiting: (lang: Lang, name: string) =>
    pick(lang, {
      en: `Reminder to ${name} is ready. No scheduler is set up: press Send now on the Reminders page.`,
      hi: `${name} ka reminder taiyaar hai. Scheduler set nahi hai: Reminders page par Send now dabaiye.`,
      deva: `${name} का रिमाइंडर तैयार है। शेड्यूलर चालू नहीं है: रिमाइंडर पेज पर "अभी भेजें" दबाइए।`,
    }),
  reminderNoPhone: (lang: Lang, name: string) =>
    pick(lang, {
      en: `${name} has no mobile number. Add one first to send a reminder.`,
      hi: `${name} ka mobile number nahi hai. Reminder ke liye pehle number jodiye.`,
      deva: `${name} का मोबाइल नंबर नहीं है। रिमाइंडर के लिए पहले नंबर जोड़िए।`,
    }),
  reminderNothingDue: (lang: Lang, name: string) =>
    pick(lang, {
      en: `${name} owes nothing now.`,
      hi: `${name} par abhi kuch baaki nahi hai.`,
      deva: `${name} पर अभी कुछ बाकी नहीं है।`,
    }),
};

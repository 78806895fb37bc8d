import type { Locale } from "../i18n/config";
import { createI18n } from "../i18n/create-i18n";
import { RESOURCES } from "../i18n/resources";

/** `t` for a public page in the language chosen for it (the customer's, or ?lang=). */
export function publicT(locale: Locale) {
  return createI18n(locale, RESOURCES[locale]).t;
}

export type PublicT = ReturnType<typeof publicT>;

/** "YYYY-MM-DD" (an IST day) as the language writes dates. */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", {
    dateStyle: "medium",
    timeZone: "Asia/Kolkata",
  }).format(new Date(`${day}T00:00:00+05:30`));
}

/** The page's language: ?lang= when it names one, else the language the shop chose for the customer. */
export function pageLocale(requested: string | undefined, customerLanguage: "EN" | "HI"): Locale {
  if (requested === "en" || requested === "hi") return requested;
  return customerLanguage === "HI" ? "hi" : "en";
}

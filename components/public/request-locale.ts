import type { Locale } from "../i18n/config";
import { getLocale } from "../i18n/server";

/** For pages with no customer to go by (expired, too many requests): ?lang=, else the browser's. */
export async function requestLocale(requested: string | undefined): Promise<Locale> {
  if (requested === "en" || requested === "hi") return requested;
  return getLocale();
}

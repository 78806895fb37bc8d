import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, type Locale, resolveLocale } from "./config";
import { createI18n } from "./create-i18n";
import { RESOURCES } from "./resources";

/** The request's language (server components only). */
export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

/** `t` for server components and metadata, e.g. `(await getServerT()).t("common:nav.home")`. */
export async function getServerT() {
  const locale = await getLocale();
  const i18n = createI18n(locale, RESOURCES[locale]);
  return { locale, t: i18n.t };
}

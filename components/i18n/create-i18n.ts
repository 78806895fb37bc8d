import { createInstance, type i18n as I18n } from "i18next";
import type { Locale } from "./config";
import { type Messages, NAMESPACES, type Namespace } from "./resources";

/** A synchronous i18next instance for one language; used by the client provider and on the server. */
export function createI18n(locale: Locale, resources: Record<Namespace, Messages>): I18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: "common",
    resources: { [locale]: resources },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

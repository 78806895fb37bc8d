"use client";

import { type ReactNode, useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "./config";
import { createI18n } from "./create-i18n";
import type { Messages, Namespace } from "./resources";

type Props = { locale: Locale; resources: Record<Namespace, Messages>; children: ReactNode };

/** Receives the active language's messages from the root layout; a locale change builds a new instance. */
export function I18nProvider({ locale, resources, children }: Props) {
  const i18n = useMemo(() => createI18n(locale, resources), [locale, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

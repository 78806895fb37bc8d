"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useTranslation } from "react-i18next";
import { cx } from "../ui/cx";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALES, type Locale } from "./config";

/** English / हिन्दी toggle: stores the choice in the `locale` cookie and re-renders from the server. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === i18n.language) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari < 18.4 and Firefox
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <fieldset
      className={cx("inline-flex rounded-lg border border-slate-300 bg-white p-0.5", className)}
      aria-busy={pending || undefined}
    >
      <legend className="sr-only">{t("language.label")}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          onClick={() => choose(locale)}
          className={cx(
            "min-h-9 rounded-md px-2.5 text-sm font-medium",
            i18n.language === locale ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}

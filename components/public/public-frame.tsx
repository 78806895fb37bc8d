import type { ReactNode } from "react";
import type { Locale } from "../i18n/config";
import type { PublicT } from "./public-t";

type Props = { t: PublicT; locale: Locale; pdfUrl: string; children: ReactNode };

/** The page around a public bill or statement: language switch, PDF download, no app navigation. */
export function PublicFrame({ t, locale, pdfUrl, children }: Props) {
  const other: Locale = locale === "hi" ? "en" : "hi";
  return (
    <main id="main" lang={locale} className="mx-auto flex w-full max-w-3xl flex-col gap-4 p-3 sm:p-6">
      <nav
        aria-label={t("public:language.label")}
        className="flex items-center justify-between gap-2 text-sm"
      >
        <a href={`?lang=${other}`} hrefLang={other} className="text-brand-600 underline">
          {t(`public:language.${other}`)}
        </a>
        <a href={pdfUrl} download className="font-medium text-brand-600 underline" data-testid="public-pdf">
          {t("public:pdf")}
        </a>
      </nav>
      {children}
    </main>
  );
}

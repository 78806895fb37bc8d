"use client";

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../i18n/language-switch";

export function AuthFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-xl items-center justify-between gap-2 px-4 py-3">
        <span className="flex items-center gap-2 font-bold">
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white"
          >
            ₹
          </span>
          {t("app.name")}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 pb-10">
        {children}
      </main>
    </div>
  );
}

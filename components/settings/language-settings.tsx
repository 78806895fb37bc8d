"use client";

import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../i18n/language-switch";
import { Card, CardHeader } from "../ui/card";

export function LanguageSettings() {
  const { t } = useTranslation("settings");
  return (
    <Card aria-labelledby="language-title">
      <CardHeader id="language-title" title={t("language.title")} />
      <p className="mb-3 text-slate-600">{t("language.body")}</p>
      <LanguageSwitch />
    </Card>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import { buttonClasses } from "../ui/button";
import { Card, CardHeader } from "../ui/card";

/** The owner takes the whole shop with them: customers, every entry, bills and products, as CSVs in a zip. */
export function ShopExport() {
  const { t } = useTranslation("settings");
  return (
    <Card aria-labelledby="shop-export-title">
      <CardHeader id="shop-export-title" title={t("shopExport.title")} />
      <p className="mb-3 text-slate-600">{t("shopExport.body")}</p>
      <a href="/api/export/shop" download className={buttonClasses("secondary")}>
        {t("shopExport.download")}
      </a>
    </Card>
  );
}

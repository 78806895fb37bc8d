"use client";

import { useTranslation } from "react-i18next";
import { ButtonLink } from "../ui/button";
import { Card, CardHeader } from "../ui/card";

/** Owner only: the way to the deployment check (Settings → Deployment check). */
export function DeploymentCard() {
  const { t } = useTranslation("settings");
  return (
    <Card aria-labelledby="deployment-title">
      <CardHeader id="deployment-title" title={t("deployment.title")} />
      <p className="mb-3 text-slate-600">{t("deployment.body")}</p>
      <ButtonLink href="/settings/deployment" variant="secondary">
        {t("deployment.open")}
      </ButtonLink>
    </Card>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import type { SharedPhoneWith } from "@/lib/customers/shared-phone";
import { Button, ButtonLink } from "../ui/button";

/**
 * "Priya Verma already has this number": families share a phone, so the merchant may open the
 * existing customer instead, or add (save) this one anyway.
 */
export function SharedPhoneWarning({
  other,
  editing,
  pending,
  onConfirm,
}: {
  other: SharedPhoneWith;
  editing: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation("customers");
  return (
    <div
      role="alert"
      data-testid="shared-phone-warning"
      className="flex flex-col gap-2 rounded-lg border border-owes-700/30 bg-owes-50 px-3 py-2 text-sm text-owes-700"
    >
      <p className="font-medium">{t("sharedPhone.warning", { name: other.name })}</p>
      <p className="text-slate-700">{t("sharedPhone.explain")}</p>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/customers/${other.id}`} variant="secondary" size="sm">
          {t("sharedPhone.open", { name: other.name })}
        </ButtonLink>
        <Button type="button" size="sm" loading={pending} onClick={onConfirm}>
          {editing ? t("sharedPhone.saveAnyway") : t("sharedPhone.addAnyway")}
        </Button>
      </div>
    </div>
  );
}

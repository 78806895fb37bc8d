"use client";

import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { SelectField, TextField } from "../ui/field";

export type AuditFilterValues = { entityType: string; action: string; from: string; to: string };
export const EMPTY_FILTERS: AuditFilterValues = { entityType: "", action: "", from: "", to: "" };

const ENTITY_TYPES = [
  "Customer",
  "LedgerEntry",
  "Invoice",
  "Product",
  "Business",
  "User",
  "Invitation",
  "Report",
] as const;
const ACTIONS = [
  "customer.create",
  "customer.update",
  "customer.import",
  "customer.erase_requested",
  "customer.erase",
  "ledger.credit",
  "ledger.payment",
  "ledger.reverse",
  "invoice.issue",
  "invoice.cancel",
  "product.create",
  "product.update",
  "product.archive",
  "business.create",
  "business.update",
  "staff.invite",
  "staff.invitation_revoke",
  "staff.join",
  "staff.remove",
  "user.create",
  "report.export",
] as const;

/** Filters apply as soon as they change; dates are Indian calendar days, inclusive. */
export function AuditFilters({
  value,
  onChange,
  error,
}: {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
  error: unknown;
}) {
  const { t, i18n } = useTranslation(["audit", "common"]);
  const { fieldErrors } = useErrorText();
  const errors = fieldErrors(error);
  const actionLabel = (action: string) =>
    (i18n.getResource(i18n.language, "audit", `actions.${action}`) as string | undefined) ?? action;
  const set = (field: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });

  return (
    <Card>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t("filters.entityType")}
          placeholder={t("filters.all")}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`entity.${type}`) }))}
          value={value.entityType}
          onChange={set("entityType")}
        />
        <SelectField
          label={t("filters.action")}
          placeholder={t("filters.all")}
          options={ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }))}
          value={value.action}
          onChange={set("action")}
        />
        <TextField
          label={t("filters.from")}
          type="date"
          value={value.from}
          onChange={set("from")}
          error={errors.from}
        />
        <TextField
          label={t("filters.to")}
          type="date"
          value={value.to}
          onChange={set("to")}
          error={errors.to}
        />
      </div>
      {Object.values(value).some(Boolean) ? (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => onChange(EMPTY_FILTERS)}>
          {t("filters.clear")}
        </Button>
      ) : null}
    </Card>
  );
}

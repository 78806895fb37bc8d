"use client";

import { useTranslation } from "react-i18next";
import { Button } from "../ui/button";
import { TextField } from "../ui/field";
import { type DateRange, isValidRange, lastMonthRange, thisMonthRange } from "./ist-ranges";

/** From / to (IST calendar days) with "this month" and "last month" shortcuts. */
export function DateRangeFields({
  value,
  onChange,
}: {
  value: DateRange;
  onChange: (range: DateRange) => void;
}) {
  const { t } = useTranslation("reports");
  const invalid = !isValidRange(value);
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="sr-only">{t("range.legend")}</legend>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={t("range.from")}
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => onChange({ ...value, from: event.target.value })}
        />
        <TextField
          label={t("range.to")}
          type="date"
          value={value.to}
          min={value.from || undefined}
          error={invalid ? t("range.invalid") : undefined}
          onChange={(event) => onChange({ ...value, to: event.target.value })}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => onChange(thisMonthRange())}>
          {t("range.thisMonth")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => onChange(lastMonthRange())}>
          {t("range.lastMonth")}
        </Button>
      </div>
    </fieldset>
  );
}

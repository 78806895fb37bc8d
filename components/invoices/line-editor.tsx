"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useCatalogueSelectOptions } from "../products/use-labels";
import { Button } from "../ui/button";
import { SelectField, TextField } from "../ui/field";
import { Icon } from "../ui/icons";
import type { DraftLine, LineProblems } from "./draft-lines";

type Props = {
  line: DraftLine;
  index: number;
  problems: LineProblems;
  /** Messages the server attached to this line ("items.0.quantity" → quantity). */
  serverErrors: Record<string, string>;
  lineTotal: number | null;
  showGst: boolean;
  showHsn: boolean;
  autoFocus: boolean;
  onChange: (patch: Partial<DraftLine>) => void;
  onRemove: () => void;
};

/** One bill line as a small card: name, quantity (decimals allowed), unit, rate, discount, GST, HSN. */
export function LineEditor(props: Props) {
  const { line, index, problems, serverErrors } = props;
  const { t } = useTranslation("invoices");
  const format = useFormat();
  const { unitOptions, gstRateOptions } = useCatalogueSelectOptions();
  const n = index + 1;
  const error = (field: keyof LineProblems) => {
    const problem = problems[field];
    return problem ? t(`editor.${problem}`) : serverErrors[field];
  };
  const bind = (field: keyof DraftLine) => ({
    value: line[field] ?? "",
    onChange: (event: { target: { value: string } }) => props.onChange({ [field]: event.target.value }),
  });

  return (
    <fieldset
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3"
      data-testid="invoice-line"
    >
      <legend className="sr-only">{t("editor.line", { n })}</legend>
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label={`${n}. ${t("editor.description")}`}
            required
            autoFocus={props.autoFocus && line.productId === null}
            error={error("description") ?? serverErrors.productId}
            {...bind("description")}
          />
        </div>
        <Button variant="ghost" size="md" onClick={props.onRemove} aria-label={t("editor.remove", { n })}>
          <Icon name="trash" />
        </Button>
      </div>
      <div className="grid grid-cols-3 gap-2">
        <TextField
          label={t("editor.quantity")}
          inputMode="decimal"
          autoComplete="off"
          required
          autoFocus={props.autoFocus && line.productId !== null}
          error={error("quantity")}
          {...bind("quantity")}
        />
        <SelectField
          label={t("editor.unit")}
          options={
            line.productId ? unitOptions : [{ value: "", label: t("editor.unitNone") }, ...unitOptions]
          }
          error={serverErrors.unit}
          {...bind("unit")}
        />
        <TextField
          label={t("editor.rate")}
          prefix="₹"
          inputMode="decimal"
          autoComplete="off"
          required
          error={error("rate")}
          {...bind("rate")}
        />
      </div>
      <div className="grid grid-cols-3 gap-2">
        <TextField
          label={t("editor.discount")}
          prefix="₹"
          inputMode="decimal"
          autoComplete="off"
          error={error("discount")}
          {...bind("discount")}
        />
        {props.showGst ? (
          <SelectField
            label={t("editor.gstRate")}
            options={gstRateOptions}
            error={serverErrors.gstRateBp}
            {...bind("gstRateBp")}
          />
        ) : null}
        {props.showHsn ? (
          <TextField
            label={t("editor.hsn")}
            inputMode="numeric"
            maxLength={8}
            autoComplete="off"
            error={serverErrors.hsn}
            {...bind("hsn")}
          />
        ) : null}
      </div>
      <p className="tabular text-right font-semibold" aria-live="polite">
        {props.lineTotal === null ? "—" : t("editor.lineAmount", { amount: format.money(props.lineTotal) })}
      </p>
    </fieldset>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProductUnit } from "@/lib/products/units";
import { amountInputToPaise, paiseToAmountInput } from "../forms/amount";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { SelectField, TextField } from "../ui/field";
import { useCatalogueOptions } from "./catalogue-options";
import { aliasesFromInput } from "./parse-inputs";
import { useCatalogueSelectOptions } from "./use-labels";

export type Product = RouterOutputs["products"]["get"];

function initialValues(product: Product | undefined, defaultUnit: string) {
  return {
    name: product?.name ?? "",
    aliases: product?.aliases.join(", ") ?? "",
    unit: product?.unit ?? defaultUnit,
    price: paiseToAmountInput(product?.pricePaise),
    gstRate: product ? String(product.gstRateBp) : "",
    hsn: product?.hsn ?? "",
    stock: "",
    lowStock: product?.lowStock ?? "",
  };
}

// Server field paths → the form's field names.
const SERVER_FIELD: Record<string, string> = { pricePaise: "price", gstRateBp: "gstRate" };

/** Create or edit a catalogue product; GST rate and HSN appear only for GST-registered shops. */
export function ProductForm({
  product,
  onSaved,
}: {
  product?: Product;
  onSaved: (product: Product) => void;
}) {
  const { t } = useTranslation(["products", "common", "errors"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { business } = useCurrentUser();
  const { units } = useCatalogueOptions();
  const { unitOptions, gstRateOptions } = useCatalogueSelectOptions();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind } = useFormValues(initialValues(product, units[0] ?? "piece"));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const registered = business.gstScheme !== "UNREGISTERED";

  const onSuccess = async (saved: Product) => {
    await queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
    onSaved(saved);
  };
  const create = useMutation(trpc.products.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.products.update.mutationOptions({ onSuccess }));
  const mutation = product ? update : create;

  const serverErrors = Object.fromEntries(
    Object.entries(fieldErrors(mutation.error)).map(([path, text]) => [SERVER_FIELD[path] ?? path, text]),
  );
  const errors = { ...serverErrors, ...localErrors };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const pricePaise = amountInputToPaise(values.price);
    if (pricePaise === null) problems.price = t("errors:amountInvalid");
    if (registered && values.gstRate === "") problems.gstRate = t("fields.gstRateRequired");
    setLocalErrors(problems);
    if (pricePaise === null || Object.keys(problems).length > 0) return;

    const fields = {
      name: values.name,
      aliases: aliasesFromInput(values.aliases),
      unit: values.unit as ProductUnit,
      pricePaise,
      lowStock: values.lowStock.trim() === "" ? null : values.lowStock.trim(),
      ...(registered ? { gstRateBp: Number(values.gstRate), hsn: values.hsn } : {}),
    };
    if (product) update.mutate({ id: product.id, ...fields });
    else create.mutate({ ...fields, ...(values.stock.trim() === "" ? {} : { stock: values.stock.trim() }) });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <TextField
        label={t("fields.name")}
        hint={t("fields.nameHint")}
        required
        error={errors.name}
        {...bind("name")}
      />
      <TextField
        label={t("fields.aliases")}
        hint={t("fields.aliasesHint")}
        optional={t("common:optional")}
        error={errors.aliases}
        {...bind("aliases")}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={t("fields.price")}
          hint={t("fields.priceHint")}
          prefix="₹"
          inputMode="decimal"
          required
          error={errors.price}
          {...bind("price")}
        />
        <SelectField
          label={t("fields.unit")}
          options={unitOptions}
          required
          error={errors.unit}
          {...bind("unit")}
        />
      </div>
      {registered ? (
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            label={t("fields.gstRate")}
            placeholder={t("fields.gstRatePlaceholder")}
            options={gstRateOptions}
            required
            error={errors.gstRate}
            {...bind("gstRate")}
          />
          <TextField
            label={t("fields.hsn")}
            hint={t("fields.hsnHint")}
            optional={t("common:optional")}
            inputMode="numeric"
            maxLength={8}
            error={errors.hsn}
            {...bind("hsn")}
          />
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        {product ? null : (
          <TextField
            label={t("fields.stock")}
            hint={t("fields.stockHint")}
            optional={t("common:optional")}
            inputMode="decimal"
            error={errors.stock}
            {...bind("stock")}
          />
        )}
        <TextField
          label={t("fields.lowStock")}
          hint={t("fields.lowStockHint")}
          optional={t("common:optional")}
          inputMode="decimal"
          error={errors.lowStock}
          {...bind("lowStock")}
        />
      </div>
      <Alert>
        {Object.keys(localErrors).length > 0 ? t("errors:checkFields") : formError(mutation.error)}
      </Alert>
      {product && update.isSuccess && !update.isPending ? (
        <Alert tone="success">{t("form.saved")}</Alert>
      ) : null}
      <Button type="submit" size="lg" loading={mutation.isPending}>
        {product ? t("form.update") : t("form.create")}
      </Button>
    </form>
  );
}

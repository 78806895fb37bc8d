"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useFormValues } from "../forms/use-form-values";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ChoiceChips } from "../ui/choice-chips";
import { Dialog } from "../ui/dialog";
import { TextField } from "../ui/field";
import type { Product } from "./product-form";
import { useUnitLabel } from "./use-labels";

type Mode = "ADD" | "REMOVE" | "SET";

/** Owner's stock correction (delivery, damage, a count) with a reason for the audit log. */
export function StockDialog({
  product,
  open,
  onClose,
}: {
  product: Product;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("products");
  return (
    <Dialog open={open} onClose={onClose} title={t("stock.title")}>
      <StockForm product={product} onDone={onClose} />
    </Dialog>
  );
}

function StockForm({ product, onDone }: { product: Product; onDone: () => void }) {
  const { t } = useTranslation(["products", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unitLabel = useUnitLabel();
  const { formError, fieldErrors } = useErrorText();
  const { values, bind, set } = useFormValues({ mode: "ADD" as Mode, quantity: "", reason: "" });
  const adjust = useMutation(
    trpc.products.adjustStock.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
        onDone();
      },
    }),
  );
  const errors = fieldErrors(adjust.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    adjust.mutate({
      productId: product.id,
      mode: values.mode,
      quantity: values.quantity.trim(),
      reason: values.reason,
    });
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-slate-700">
        {t("stock.current", { stock: product.stock, unit: unitLabel(product.unit) })}
      </p>
      <ChoiceChips
        legend={t("stock.mode")}
        name="stock-mode"
        value={values.mode}
        onChange={(mode) => set("mode", mode)}
        options={(["ADD", "REMOVE", "SET"] as const).map((mode) => ({
          value: mode,
          label: t(`stock.${mode}`),
        }))}
      />
      <TextField
        label={`${t("stock.quantity")} (${unitLabel(product.unit)})`}
        inputMode="decimal"
        required
        error={errors.quantity}
        {...bind("quantity")}
      />
      <TextField
        label={t("stock.reason")}
        hint={t("stock.reasonHint")}
        required
        error={errors.reason}
        {...bind("reason")}
      />
      <Alert>{formError(adjust.error)}</Alert>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          {t("common:actions.cancel")}
        </Button>
        <Button type="submit" loading={adjust.isPending}>
          {t("stock.submit")}
        </Button>
      </div>
    </form>
  );
}

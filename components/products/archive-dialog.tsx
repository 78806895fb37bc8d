"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import type { Product } from "./product-form";

/** Owner only: take a product out of the catalogue (old bills keep it). */
export function ArchiveDialog(props: {
  product: Product;
  open: boolean;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation(["products", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const archive = useMutation(
    trpc.products.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
        props.onArchived();
      },
    }),
  );
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t("archive.title", { name: props.product.name })}
    >
      <p className="text-slate-700">{t("archive.body")}</p>
      <Alert>{formError(archive.error)}</Alert>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={props.onClose}>
          {t("common:actions.cancel")}
        </Button>
        <Button
          variant="danger"
          loading={archive.isPending}
          onClick={() => archive.mutate({ id: props.product.id })}
        >
          {t("archive.confirm")}
        </Button>
      </div>
    </Dialog>
  );
}

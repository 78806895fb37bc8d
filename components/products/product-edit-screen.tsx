"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIsOwner } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import { errorCode } from "../trpc/errors";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { PageHeader } from "../ui/page-header";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { ArchiveDialog } from "./archive-dialog";
import { type Product, ProductForm } from "./product-form";
import { StockDialog } from "./stock-dialog";
import { useUnitLabel } from "./use-labels";

/** /products/[id]: edit the details; the owner also corrects stock and archives. */
export function ProductEditScreen({ productId }: { productId: string }) {
  const { t } = useTranslation("products");
  const trpc = useTRPC();
  const query = useQuery(trpc.products.get.queryOptions({ id: productId }));
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return errorCode(query.error) === "NOT_FOUND" ? (
      <EmptyState title={t("notFound")} action={<BackLink />} />
    ) : (
      <ErrorState error={query.error} onRetry={() => query.refetch()} />
    );
  }
  return <ProductEditor product={query.data} />;
}

function BackLink() {
  const { t } = useTranslation("products");
  return (
    <Link href="/products" className="font-medium text-brand-700 underline">
      {t("backToList")}
    </Link>
  );
}

function ProductEditor({ product }: { product: Product }) {
  const { t } = useTranslation("products");
  const router = useRouter();
  const isOwner = useIsOwner();
  const unitLabel = useUnitLabel();
  const [dialog, setDialog] = useState<"stock" | "archive" | null>(null);
  const archived = product.archivedAt !== null;

  return (
    <>
      <PageHeader title={product.name} subtitle={<BackLink />} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("editTitle")}</h2>
          {archived ? (
            <Alert tone="info">{t("list.archivedBadge")}</Alert>
          ) : (
            <ProductForm product={product} onSaved={() => {}} />
          )}
        </Card>
        <Card className="flex flex-col gap-3 self-start">
          <p className="tabular text-lg font-semibold">
            {t("stock.current", { stock: product.stock, unit: unitLabel(product.unit) })}
          </p>
          {isOwner && !archived ? (
            <>
              <Button variant="secondary" onClick={() => setDialog("stock")}>
                {t("stock.open")}
              </Button>
              <Button variant="ghost" className="text-owes-700" onClick={() => setDialog("archive")}>
                {t("archive.open")}
              </Button>
            </>
          ) : null}
          {isOwner ? null : <p className="text-sm text-slate-600">{t("archive.ownerOnly")}</p>}
        </Card>
      </div>
      <StockDialog product={product} open={dialog === "stock"} onClose={() => setDialog(null)} />
      <ArchiveDialog
        product={product}
        open={dialog === "archive"}
        onClose={() => setDialog(null)}
        onArchived={() => router.push("/products")}
      />
    </>
  );
}

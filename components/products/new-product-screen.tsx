"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { Card } from "../ui/card";
import { PageHeader } from "../ui/page-header";
import { ProductForm } from "./product-form";

export function NewProductScreen() {
  const { t } = useTranslation("products");
  const router = useRouter();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("newTitle")}
        subtitle={
          <Link href="/products" className="font-medium text-brand-700 underline">
            {t("backToList")}
          </Link>
        }
      />
      <Card>
        <ProductForm onSaved={() => router.push("/products")} />
      </Card>
    </div>
  );
}

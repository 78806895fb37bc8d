"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { formatRateBp } from "@/lib/gst/rates";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";
import { useUnitLabel } from "./use-labels";

type ProductListItem = RouterOutputs["products"]["find"]["items"][number];

/** One catalogue line: name and other names, price per unit, stock (flagged when low), GST when registered. */
export function ProductRow({ product, showGst }: { product: ProductListItem; showGst: boolean }) {
  const { t } = useTranslation("products");
  const format = useFormat();
  const unitLabel = useUnitLabel();
  const unit = unitLabel(product.unit);
  return (
    <li>
      <Link
        href={`/products/${product.id}`}
        className="flex items-center gap-3 px-3 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
      >
        <div className="min-w-0 flex-1">
          <p className="truncate font-semibold text-slate-900">{product.name}</p>
          {product.aliases.length > 0 ? (
            <p className="truncate text-sm text-slate-600">{product.aliases.join(", ")}</p>
          ) : null}
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
            <span className={cx("tabular", product.isLowStock && "font-semibold text-owes-700")}>
              {t("list.stock", { stock: product.stock, unit })}
            </span>
            {showGst ? <span>{t("list.gst", { rate: formatRateBp(product.gstRateBp) })}</span> : null}
            {showGst && product.hsn ? <span>{t("list.hsn", { hsn: product.hsn })}</span> : null}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          <span className="tabular font-semibold">{format.money(product.pricePaise)}</span>
          <span className="text-xs text-slate-600">{t("list.perUnit", { unit })}</span>
          {product.isLowStock ? (
            <span className="rounded-full bg-owes-50 px-2 py-0.5 text-xs font-semibold text-owes-700">
              {t("list.lowStockBadge")}
            </span>
          ) : null}
          {product.archivedAt ? (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
              {t("list.archivedBadge")}
            </span>
          ) : null}
        </div>
        <Icon name="chevronRight" className="text-slate-400" />
      </Link>
    </li>
  );
}

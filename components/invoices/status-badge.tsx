"use client";

import { useTranslation } from "react-i18next";
import type { InvoiceStatus } from "@/generated/prisma/enums";
import { cx } from "../ui/cx";

const TONES: Record<InvoiceStatus, string> = {
  ISSUED: "bg-owes-50 text-owes-700 border-owes-700/30",
  PARTIALLY_PAID: "bg-amber-50 text-amber-800 border-amber-700/30",
  PAID: "bg-advance-50 text-advance-700 border-advance-700/30",
  CANCELLED: "bg-slate-100 text-slate-700 border-slate-400 line-through",
};

export function InvoiceStatusBadge({ status, className }: { status: InvoiceStatus; className?: string }) {
  const { t } = useTranslation("invoices");
  return (
    <span
      data-testid="invoice-status"
      className={cx(
        "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold",
        TONES[status],
        className,
      )}
    >
      {t(`status.${status}`)}
    </span>
  );
}

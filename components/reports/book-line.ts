"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";

/** One line of the book as the daybook and Home's recent entries both show it. */
export type BookLine = RouterOutputs["reports"]["daybook"]["items"][number];

export type BookLineView = {
  title: string;
  /** "You gave ₹500.00", or the bare amount with "not counted" for undone lines. */
  amount: string;
  tone: "owes" | "advance" | "muted";
  icon: "gave" | "got" | "undo";
  /** An entry a later reversal undid: shown struck through. */
  struck: boolean;
  counted: boolean;
};

/** Words for a line by its kind (server/reports/book-entries.ts decides the kind, once). */
export function useBookLineView(): (line: BookLine) => BookLineView {
  const { t } = useTranslation("reports");
  const { money } = useFormat();
  return (line) => {
    const amount = money(Math.abs(line.amountPaise));
    const billOrType = line.invoice
      ? t("daybook.invoice", { number: line.invoice.number })
      : t(`daybook.types.${line.type}`);
    const notCounted = `${amount} · ${t("daybook.lines.notCounted")}`;
    switch (line.kind) {
      case "GAVE":
        return view(billOrType, `${t("daybook.gave")} ${amount}`, "owes", "gave");
      case "GOT":
        return view(billOrType, `${t("daybook.got")} ${amount}`, "advance", "got");
      case "ADJUSTMENT":
        return view(billOrType, amount, line.amountPaise > 0 ? "owes" : "advance", "gave");
      case "UNDONE": {
        const status = line.type === "INVOICE" ? t("daybook.lines.cancelled") : t("daybook.lines.undone");
        return { ...view(`${billOrType} · ${status}`, notCounted, "muted", "undo"), struck: true };
      }
      case "REVERSAL": {
        const title =
          line.reverses?.type === "INVOICE" && line.invoice
            ? t("daybook.lines.billCancelled", { number: line.invoice.number })
            : t("daybook.lines.entryUndone", {
                what: t(`daybook.types.${line.reverses?.type ?? "REVERSAL"}`),
                amount,
              });
        return view(title, notCounted, "muted", "undo");
      }
    }
  };
}

function view(title: string, amount: string, tone: BookLineView["tone"], icon: BookLineView["icon"]) {
  return { title, amount, tone, icon, struck: false, counted: tone !== "muted" };
}

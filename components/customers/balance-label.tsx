"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { cx } from "../ui/cx";

/** Positive balance: the customer owes the shop. Negative: they paid in advance. */
export function balanceTone(paise: number) {
  if (paise > 0) return "owes" as const;
  if (paise < 0) return "advance" as const;
  return "settled" as const;
}

const TONE_CLASSES = {
  owes: "text-owes-700",
  advance: "text-advance-700",
  settled: "text-slate-600",
};

/** "You'll get ₹500" / "Advance ₹200" / "Settled", coloured, in the merchant's words. */
const SIZE_CLASSES = { sm: "text-sm", md: "text-base", xl: "text-2xl" };

export function BalanceLabel({
  paise,
  size = "md",
  className,
}: {
  paise: number;
  size?: keyof typeof SIZE_CLASSES;
  className?: string;
}) {
  const { t } = useTranslation("customers");
  const { money } = useFormat();
  const tone = balanceTone(paise);
  const amount = money(Math.abs(paise));
  return (
    <span className={cx("tabular font-semibold", TONE_CLASSES[tone], SIZE_CLASSES[size], className)}>
      {tone === "settled" ? t("balance.settled") : t(`balance.${tone}`, { amount })}
    </span>
  );
}

/** The same words as plain text (share messages, aria labels). */
export function useBalanceText() {
  const { t } = useTranslation("customers");
  const { money } = useFormat();
  return (paise: number) => {
    const tone = balanceTone(paise);
    return tone === "settled"
      ? t("balance.settled")
      : t(`balance.${tone}`, { amount: money(Math.abs(paise)) });
  };
}

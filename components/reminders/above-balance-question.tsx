"use client";

import { useTranslation } from "react-i18next";
import { errorCode, errorDetailsOf } from "../trpc/errors";
import { Button } from "../ui/button";

/** The balance the server named when the amount asked for is more than what is due, else null. */
export function aboveBalanceOf(error: unknown): { balancePaise: number } | null {
  if (errorCode(error) !== "PRECONDITION_FAILED") return null;
  const balancePaise = errorDetailsOf(error)?.balancePaise;
  return typeof balancePaise === "number" ? { balancePaise } : null;
}

type Props = { text: string; pending: boolean; onConfirm: () => void };

/** "₹800 is more than the balance due, ₹500. Remind anyway?" with the button that does. */
export function AboveBalanceQuestion({ text, pending, onConfirm }: Props) {
  const { t } = useTranslation("reminders");
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg border border-amber-700/30 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="font-medium">{text}</p>
      <div>
        <Button size="sm" variant="secondary" loading={pending} onClick={onConfirm}>
          {t("form.remindAnyway")}
        </Button>
      </div>
    </div>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../trpc/types";
import { cx } from "../ui/cx";

export type ReminderState = RouterOutputs["reminders"]["list"]["items"][number]["state"];

const TONES: Record<ReminderState, string> = {
  WAITING_TO_DISPATCH: "bg-amber-50 text-amber-800 border-amber-700/30",
  SCHEDULED: "bg-brand-50 text-brand-800 border-brand-600/30",
  SENT: "bg-advance-50 text-advance-700 border-advance-700/30",
  DELIVERED: "bg-advance-50 text-advance-700 border-advance-700/30",
  READ: "bg-advance-50 text-advance-700 border-advance-700/30",
  FAILED: "bg-owes-50 text-owes-700 border-owes-700/30",
  CANCELLED: "bg-slate-100 text-slate-700 border-slate-400",
  SKIPPED: "bg-slate-100 text-slate-700 border-slate-400",
};

/** "Waiting to dispatch", "Sent", "Failed"… as a coloured pill. */
export function ReminderStateBadge({ state }: { state: ReminderState }) {
  const { t } = useTranslation("reminders");
  return (
    <span
      data-testid="reminder-state"
      className={cx(
        "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap",
        TONES[state],
      )}
    >
      {t(`state.${state}`)}
    </span>
  );
}

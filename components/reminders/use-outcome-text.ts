"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { useReasonText } from "./use-reason-text";

export type SendNowOutcome = RouterOutputs["reminders"]["sendNow"];

/** What "Send now" came to, in one sentence; `ok` is false when nothing went out and none will. */
export function useOutcomeText() {
  const { t } = useTranslation("reminders");
  const { dateTime } = useFormat();
  const reasonText = useReasonText();
  return useCallback(
    (outcome: SendNowOutcome): { text: string; ok: boolean } => {
      switch (outcome.kind) {
        case "sent":
          return { text: t("outcome.sent"), ok: true };
        case "queued":
          return { text: t("outcome.queued"), ok: true };
        case "postponed":
          return {
            text:
              outcome.reason === "QUIET_HOURS"
                ? t("outcome.postponedQuiet", { time: dateTime(outcome.sendAt) })
                : t("outcome.postponedToday", { time: dateTime(outcome.sendAt) }),
            ok: true,
          };
        case "skipped":
          return { text: t("outcome.skipped", { reason: reasonText(outcome.reason) ?? "" }), ok: false };
        case "failed":
          return { text: t("outcome.failed", { reason: reasonText(outcome.reason) ?? "" }), ok: false };
        case "stale":
          return { text: t("outcome.stale"), ok: false };
      }
    },
    [t, dateTime, reasonText],
  );
}

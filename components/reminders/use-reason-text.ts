"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";

// The codes a reminder or a delivery records as its reason (server/reminders, server/messaging
// ChannelFailureReason); a WhatsApp "failed" status carries Meta's own words instead.
const REASON_CODES = [
  "PAID",
  "CANCELLED_BY_MERCHANT",
  "CUSTOMER_ERASED",
  "NOTHING_DUE",
  "NO_CONTACT",
  "invalid_message",
  "not_configured",
  "rejected",
  "unauthorized",
  "not_found",
  "request_timeout",
  "rate_limited",
  "provider_unavailable",
  "unexpected_response",
  "timeout",
  "connection_failed",
  "aborted",
] as const;
type ReasonCode = (typeof REASON_CODES)[number];

const isReasonCode = (reason: string): reason is ReasonCode =>
  (REASON_CODES as readonly string[]).includes(reason);

/** A stored reason in words: "the balance was paid", "could not reach the provider". */
export function useReasonText() {
  const { t } = useTranslation("reminders");
  return useCallback(
    (reason: string | null | undefined): string | null => {
      if (!reason) return null;
      return isReasonCode(reason) ? t(`reason.${reason}`) : t("reason.other", { reason });
    },
    [t],
  );
}

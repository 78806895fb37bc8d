"use client";

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatInr } from "@/lib/money/paise";

const TIME_ZONE = "Asia/Kolkata";
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Formatters for the active language. Money and numbers always use en-IN grouping (₹1,23,456.00),
 * which Hindi-speaking merchants read on every bill; dates use the language's month names in IST.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language === "hi" ? "hi-IN" : "en-IN";
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: TIME_ZONE });
    const dateTime = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: TIME_ZONE,
    });
    const dayMonth = new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "short",
      timeZone: TIME_ZONE,
    });
    const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
    const number = new Intl.NumberFormat("en-IN");
    return {
      money: (paise: number) => formatInr(paise),
      number: (value: number) => number.format(value),
      date: (value: Date | string) => date.format(new Date(value)),
      dateTime: (value: Date | string) => dateTime.format(new Date(value)),
      dayMonth: (value: Date | string) => dayMonth.format(new Date(value)),
      /** "today", "3 days ago", "2 months ago". */
      ago: (value: Date | string) => {
        const days = Math.round((new Date(value).getTime() - Date.now()) / DAY_MS);
        if (Math.abs(days) < 30) return relative.format(days, "day");
        const months = Math.round(days / 30);
        return Math.abs(months) < 12
          ? relative.format(months, "month")
          : relative.format(Math.round(days / 365), "year");
      },
    };
  }, [language]);
}

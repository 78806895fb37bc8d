"use client";

import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Midnight IST of an IST calendar day "YYYY-MM-DD", the instant the formatters below read. */
const istMidnight = (day: string) => new Date(`${day}T00:00:00+05:30`);

/** A promised day as the merchant reads it: "Fri, 4 Dec" and "5 Dec" (India time, active language). */
export function usePromiseDays() {
  const { i18n } = useTranslation();
  const language = i18n.language === "hi" ? "hi-IN" : "en-IN";
  return useMemo(() => {
    const weekday = new Intl.DateTimeFormat(language, {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "Asia/Kolkata",
    });
    const dayMonth = new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "short",
      timeZone: "Asia/Kolkata",
    });
    return {
      weekdayDay: (day: string) => weekday.format(istMidnight(day)),
      dayMonth: (day: string) => dayMonth.format(istMidnight(day)),
    };
  }, [language]);
}

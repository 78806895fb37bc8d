"use client";

import { useTranslation } from "react-i18next";
import { PageHeader } from "../ui/page-header";
import { ReminderList } from "./reminder-list";

/** /reminders: every reminder of the shop, newest first. */
export function RemindersScreen() {
  const { t } = useTranslation("reminders");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ReminderList empty={{ title: t("empty"), body: t("emptyBody") }} explainScheduler />
    </>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import { useIsOwner } from "../shell/current-user";
import { PageHeader } from "../ui/page-header";
import { BulkOverdueButton } from "./bulk-overdue-button";
import { ReminderList } from "./reminder-list";

/** /reminders: every reminder of the shop, newest first; the owner can remind everyone overdue. */
export function RemindersScreen() {
  const { t } = useTranslation("reminders");
  const isOwner = useIsOwner();
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={isOwner ? <BulkOverdueButton /> : undefined}
      />
      <ReminderList empty={{ title: t("empty"), body: t("emptyBody") }} explainScheduler />
    </>
  );
}

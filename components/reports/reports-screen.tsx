"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../shell/current-user";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { TabPanel, Tabs } from "../ui/tabs";
import { AgingCsvLink, AgingReport } from "./aging-report";
import { DateRangeFields } from "./date-range-fields";
import { DaybookCsvLink, DaybookReport } from "./daybook-report";
import { GstCsvLink, GstReport } from "./gst-report";
import { type DateRange, isValidRange, thisMonthRange } from "./ist-ranges";
import { REPORT_TABS, type ReportTab } from "./report-tabs";

/** /reports?tab=daybook|aging|gst — the date range (this month in IST by default) is shared. */
export function ReportsScreen({ initialTab }: { initialTab: ReportTab }) {
  const { t } = useTranslation("reports");
  const { user, business } = useCurrentUser();
  const [tab, setTab] = useState<ReportTab>(initialTab);
  const [range, setRange] = useState<DateRange>(() => thisMonthRange());
  const rangeOk = isValidRange(range);
  const gstAvailable = business.gstScheme === "REGULAR" && user.role === "OWNER";

  function choose(next: ReportTab) {
    setTab(next);
    // Keep the tab in the address so reloading or sharing the link opens the same report.
    window.history.replaceState(null, "", `/reports?tab=${next}`);
  }

  const csvLink =
    tab === "aging" ? (
      <AgingCsvLink />
    ) : !rangeOk ? null : tab === "daybook" ? (
      <DaybookCsvLink range={range} />
    ) : gstAvailable ? (
      <GstCsvLink range={range} />
    ) : null;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Tabs
        label={t("tabs.label")}
        id="report"
        value={tab}
        onChange={choose}
        tabs={REPORT_TABS.map((value) => ({ value, label: t(`tabs.${value}`) }))}
      />
      <TabPanel id="report" value={tab}>
        <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          {tab === "aging" ? <span /> : <DateRangeFields value={range} onChange={setRange} />}
          {csvLink ? <div className="shrink-0">{csvLink}</div> : null}
        </div>
        {tab === "aging" ? (
          <AgingReport />
        ) : !rangeOk ? null : tab === "daybook" ? (
          <DaybookReport range={range} />
        ) : business.gstScheme !== "REGULAR" ? (
          <Alert tone="info">{t("gst.notRegistered")}</Alert>
        ) : user.role !== "OWNER" ? (
          <Alert tone="info">{t("gst.ownerOnly")}</Alert>
        ) : (
          <GstReport range={range} />
        )}
      </TabPanel>
    </>
  );
}

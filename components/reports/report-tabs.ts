/** The report tabs, in order (shared by the page, which reads ?tab=, and the client screen). */
export const REPORT_TABS = ["daybook", "aging", "gst"] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

export function reportTabFrom(value: string | undefined): ReportTab {
  return (REPORT_TABS as readonly string[]).includes(value ?? "") ? (value as ReportTab) : "daybook";
}

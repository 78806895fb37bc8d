import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { RemindersScreen } from "@/components/reminders/reminders-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("reminders:title") };
}

export default function RemindersPage() {
  return <RemindersScreen />;
}

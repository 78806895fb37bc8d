import type { Metadata } from "next";
import { getServerT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { VoiceHistory } from "@/components/voice/voice-history";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("voice:title") };
}

export default async function VoicePage() {
  const { t } = await getServerT();
  return (
    <>
      <PageHeader title={t("voice:title")} subtitle={t("voice:subtitle")} />
      <VoiceHistory />
    </>
  );
}

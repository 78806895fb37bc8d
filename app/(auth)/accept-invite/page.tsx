import type { Metadata } from "next";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { getServerT } from "@/components/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("auth:acceptInvite.title") };
}

export default async function AcceptInvitePage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string }>;
}) {
  const { code } = await searchParams;
  return <AcceptInviteForm code={typeof code === "string" ? code.trim() : ""} />;
}

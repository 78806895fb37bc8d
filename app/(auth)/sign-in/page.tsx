import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getServerT } from "@/components/i18n/server";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("auth:signIn.title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ ended?: string; reset?: string }>;
}) {
  if (await getCurrentUser()) redirect("/");
  const { ended, reset } = await searchParams;
  return <SignInForm notice={ended === "1" ? "sessionEnded" : reset === "1" ? "passwordReset" : null} />;
}

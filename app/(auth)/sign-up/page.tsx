import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getServerT } from "@/components/i18n/server";
import { getCurrentUser } from "@/server/http/trpc-server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("auth:signUp.title") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return <SignUpForm />;
}

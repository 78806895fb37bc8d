import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getServerT } from "@/components/i18n/server";
import { passwordResetByMailAvailable } from "@/server/http/password-reset-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return { title: t("auth:forgotPassword.title") };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm mailAvailable={passwordResetByMailAvailable()} />;
}

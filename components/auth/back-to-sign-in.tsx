"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";

export function BackToSignIn() {
  const { t } = useTranslation("auth");
  return (
    <p className="mt-4 text-center">
      <Link href="/sign-in" className="font-semibold text-brand-700 underline">
        {t("forgotPassword.back")}
      </Link>
    </p>
  );
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../ui/button";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";

export function SignOutButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function handleSignOut() {
    setPending(true);
    queryClient.clear();
    await signOut({ redirectTo: "/sign-in" });
  }

  return (
    <Button
      variant="ghost"
      size="sm"
      loading={pending}
      onClick={handleSignOut}
      className={cx("whitespace-nowrap", className)}
    >
      {pending ? null : <Icon name="logout" />}
      {t("actions.signOut")}
    </Button>
  );
}

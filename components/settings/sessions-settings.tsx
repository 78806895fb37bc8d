"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc/client";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";

/** "Sign out everywhere": a lost phone or a shared laptop stops being signed in at once. */
export function SessionsSettings() {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const everywhere = useMutation(
    trpc.auth.signOutEverywhere.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await signOut({ redirectTo: "/sign-in" });
      },
    }),
  );
  return (
    <Card aria-labelledby="sessions-title">
      <CardHeader id="sessions-title" title={t("sessions.title")} />
      <p className="mb-3 text-slate-600">{t("sessions.body")}</p>
      <Button variant="secondary" loading={everywhere.isPending} onClick={() => everywhere.mutate()}>
        {t("sessions.everywhere")}
      </Button>
    </Card>
  );
}

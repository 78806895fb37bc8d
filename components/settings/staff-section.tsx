"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useFormat } from "../i18n/format";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { TextField } from "../ui/field";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { InvitationLink } from "./invitation-link";
import { StaffPasswordReset } from "./staff-password-reset";

type Staff = RouterOutputs["staff"]["find"];

/** Owner only: who can use this shop, pending invitations, and a new invite. */
export function StaffSection() {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const query = useQuery(trpc.staff.find.queryOptions());
  return (
    <Card aria-labelledby="staff-title">
      <CardHeader id="staff-title" title={t("staff.title")} />
      <div className="flex flex-col gap-6">
        <InviteForm />
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <StaffLists staff={query.data} />
        )}
      </div>
    </Card>
  );
}

function useInvalidateStaff() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() });
}

function InviteForm() {
  const { t } = useTranslation(["settings", "auth", "common"]);
  const trpc = useTRPC();
  const invalidate = useInvalidateStaff();
  const { formError, fieldErrors } = useErrorText();
  const [email, setEmail] = useState("");
  const invite = useMutation(trpc.staff.invite.mutationOptions({ onSuccess: () => invalidate() }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({ email: email.trim() || undefined });
  }

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={handleSubmit} className="flex flex-col gap-3" noValidate>
        <TextField
          label={t("staff.inviteEmail")}
          hint={t("staff.inviteEmailHint")}
          type="email"
          optional={t("common:optional")}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors(invite.error).email}
        />
        <Alert>{formError(invite.error)}</Alert>
        <Button type="submit" loading={invite.isPending} className="self-start">
          {t("staff.invite")}
        </Button>
      </form>
      {invite.data ? <InvitationLink invitation={invite.data} /> : null}
    </div>
  );
}

function StaffLists({ staff }: { staff: Staff }) {
  const { t } = useTranslation(["settings", "common"]);
  const trpc = useTRPC();
  const invalidate = useInvalidateStaff();
  const { user } = useCurrentUser();
  const { date } = useFormat();
  const { formError } = useErrorText();
  const remove = useMutation(trpc.staff.remove.mutationOptions({ onSuccess: () => invalidate() }));
  const revoke = useMutation(trpc.staff.revokeInvitation.mutationOptions({ onSuccess: () => invalidate() }));

  function confirmRemove(member: Staff["members"][number]) {
    if (window.confirm(t("staff.removeConfirm", { name: member.name }))) remove.mutate({ userId: member.id });
  }

  return (
    <div className="flex flex-col gap-4">
      <Alert>{formError(remove.error ?? revoke.error)}</Alert>
      <section aria-labelledby="members-title">
        <h3 id="members-title" className="mb-2 font-semibold">
          {t("staff.members")}
        </h3>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {staff.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">
                  {member.name}
                  {member.id === user.id ? ` (${t("staff.you")})` : ""}
                </span>
                <span className="truncate text-sm text-slate-600">
                  {member.email} · {t(`common:roles.${member.role}`)}
                </span>
              </span>
              {member.role === "STAFF" ? <StaffPasswordReset member={member} /> : null}
              {member.role === "STAFF" ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="text-owes-700"
                  loading={remove.isPending && remove.variables?.userId === member.id}
                  onClick={() => confirmRemove(member)}
                >
                  {t("staff.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="invitations-title">
        <h3 id="invitations-title" className="mb-2 font-semibold">
          {t("staff.pending")}
        </h3>
        {staff.invitations.length === 0 ? (
          <EmptyState title={t("staff.noPending")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {staff.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span className="flex min-w-0 flex-col">
                  <span className="truncate font-medium">{invitation.email ?? t("staff.anyone")}</span>
                  <span className="text-sm text-slate-600">
                    {t("staff.expires", { date: date(invitation.expiresAt) })}
                  </span>
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  loading={revoke.isPending && revoke.variables?.invitationId === invitation.id}
                  onClick={() => revoke.mutate({ invitationId: invitation.id })}
                >
                  {t("staff.revoke")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

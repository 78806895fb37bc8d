"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useCurrentUser } from "../shell/current-user";
import type { RouterOutputs } from "../trpc/types";
import { buttonClasses } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { Icon } from "../ui/icons";

type Invitation = RouterOutputs["staff"]["invite"];

/** The new invitation's link and code, shown once to the owner to share. */
export function InvitationLink({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation("settings");
  const { business } = useCurrentUser();
  const { date } = useFormat();
  // The owner's own address for the app is the one staff can reach too.
  const link = `${window.location.origin}/accept-invite?code=${encodeURIComponent(invitation.code)}`;
  const message = t("staff.shareText", { shop: business.name, link });
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-advance-700/30 bg-advance-50 p-3"
    >
      <p className="font-semibold text-advance-700">
        {invitation.emailed ? t("staff.invitedEmailed") : t("staff.invitedShare")}
      </p>
      <p className="text-sm text-slate-700">{t("staff.expires", { date: date(invitation.expiresAt) })}</p>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("staff.link")}
        <input
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
          className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 font-mono text-xs"
        />
      </label>
      <p className="text-sm text-slate-700">
        {t("staff.code")}: <code className="break-all font-mono">{invitation.code}</code>
      </p>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={link} label={t("staff.copyLink")} />
        <a
          href={`https://wa.me/?text=${encodeURIComponent(message)}`}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClasses("secondary", "sm")}
        >
          <Icon name="share" className="size-4" />
          {t("staff.shareWhatsApp")}
        </a>
      </div>
    </div>
  );
}

"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { type ActionMessage, ReminderActions } from "./reminder-actions";
import { ReminderDeliveries } from "./reminder-deliveries";
import { ReminderStateBadge } from "./reminder-state-badge";
import { useReasonText } from "./use-reason-text";

export type Reminder = RouterOutputs["reminders"]["list"]["items"][number];

/** Why the reminder stands where it does: its own stop reason, else its latest delivery's. */
function reasonOf(reminder: Reminder): string | null {
  if (reminder.statusReason) return reminder.statusReason;
  const latest = reminder.deliveries[0];
  return latest && (latest.status === "SKIPPED" || latest.status === "FAILED") ? latest.reason : null;
}

type Props = { reminder: Reminder; showCustomer: boolean; scheduler: boolean };

export function ReminderRow({ reminder, showCustomer, scheduler }: Props) {
  const { t } = useTranslation("reminders");
  const { money, dateTime } = useFormat();
  const reasonText = useReasonText();
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const active = reminder.status === "ACTIVE";
  const reason = reasonText(reasonOf(reminder));
  const details = [
    // Without the customer's name, the channel is the row's title already.
    showCustomer ? t(`channel.${reminder.channel}`) : null,
    reminder.amountPaise === null
      ? t("row.balanceAtSend")
      : t("row.amount", { amount: money(reminder.amountPaise) }),
    reminder.everyDays === null
      ? t("row.once")
      : t("row.every", {
          count: reminder.everyDays,
          sent: reminder.occurrence,
          max: reminder.maxOccurrences,
        }),
  ].filter(Boolean);

  return (
    <li data-testid="reminder-row" className="flex flex-col gap-2 px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {showCustomer ? (
          <Link
            href={`/customers/${reminder.customer.id}`}
            className="font-semibold text-brand-700 underline"
          >
            {reminder.customer.name}
          </Link>
        ) : (
          <span className="font-semibold">{t(`channel.${reminder.channel}`)}</span>
        )}
        <ReminderStateBadge state={reminder.state} />
      </div>
      {reason ? <p className="text-sm text-slate-700">{reason}</p> : null}
      {reminder.state === "WAITING_TO_DISPATCH" && scheduler ? (
        <p className="text-sm text-slate-700">{t("waitingHint")}</p>
      ) : null}
      <p className="text-sm text-slate-600">{details.join(" · ")}</p>
      {active ? (
        <p className="text-sm text-slate-800">{t("row.nextSend", { time: dateTime(reminder.sendAt) })}</p>
      ) : null}
      {active ? <ReminderActions id={reminder.id} sendAt={reminder.sendAt} onMessage={setMessage} /> : null}
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      <ReminderDeliveries deliveries={reminder.deliveries} />
    </li>
  );
}

"use client";

import { useTranslation } from "react-i18next";
import { formatIndianMobile } from "@/lib/phone";
import { useFormat } from "../i18n/format";
import type { RouterOutputs } from "../trpc/types";
import { useReasonText } from "./use-reason-text";

type Delivery = RouterOutputs["reminders"]["list"]["items"][number]["deliveries"][number];
const VIA = ["development", "whatsapp", "sms", "email"] as const;
type Via = (typeof VIA)[number];
const isVia = (via: string | null): via is Via => via !== null && (VIA as readonly string[]).includes(via);

/** Each occurrence that was sent, skipped or tried, newest first; the message text on demand. */
export function ReminderDeliveries({ deliveries }: { deliveries: Delivery[] }) {
  const { t } = useTranslation("reminders");
  if (deliveries.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-medium text-slate-700">{t("deliveries.title")}</h3>
      <ol className="flex flex-col gap-2">
        {deliveries.map((delivery) => (
          <DeliveryItem key={delivery.occurrence} delivery={delivery} />
        ))}
      </ol>
    </div>
  );
}

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation("reminders");
  const { money, dateTime } = useFormat();
  const reasonText = useReasonText();
  const reason = reasonText(delivery.reason);
  const parts = [
    t("deliveries.occurrence", { n: delivery.occurrence }),
    t(`deliveries.status.${delivery.status}`),
    isVia(delivery.sentVia) ? t(`deliveries.via.${delivery.sentVia}`) : null,
    delivery.amountPaise !== null ? money(delivery.amountPaise) : null,
    dateTime(delivery.createdAt),
  ].filter(Boolean);
  return (
    <li data-testid="reminder-delivery" className="rounded-lg border border-slate-200 px-3 py-2 text-sm">
      <p className="text-slate-800">{parts.join(" · ")}</p>
      {reason ? (
        <p className="text-slate-600">
          {delivery.status === "SENDING" ? t("deliveries.lastTry", { reason }) : reason}
        </p>
      ) : null}
      {delivery.body ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium text-brand-700">{t("deliveries.show")}</summary>
          {delivery.recipient ? (
            <p className="mt-1 text-slate-600">
              {t("deliveries.to", {
                recipient: delivery.recipient.includes("@")
                  ? delivery.recipient
                  : formatIndianMobile(delivery.recipient),
              })}
            </p>
          ) : null}
          <p
            data-testid="reminder-body"
            className="mt-1 rounded-md bg-slate-50 p-2 break-words whitespace-pre-wrap text-slate-900"
          >
            {delivery.body}
          </p>
        </details>
      ) : null}
    </li>
  );
}

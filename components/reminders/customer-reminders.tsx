"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { CardHeader } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { RemindForm } from "./remind-form";
import { ReminderList } from "./reminder-list";

type Customer = RouterOutputs["customers"]["get"];

/** On a customer's page: "Remind" and the customer's reminders with their messages. */
export function CustomerReminders({ customer }: { customer: Customer }) {
  const { t } = useTranslation("reminders");
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const erased = customer.erasedAt !== null;
  return (
    <section aria-labelledby="customer-reminders-title" className="flex flex-col gap-2">
      <CardHeader
        id="customer-reminders-title"
        title={t("customer.title")}
        action={
          erased ? null : (
            <Button size="sm" onClick={() => setOpen(true)}>
              {t("form.open")}
            </Button>
          )
        }
      />
      <div aria-live="polite">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      <ReminderList customerId={customer.id} empty={{ title: t("customer.empty") }} />
      <Dialog open={open} onClose={() => setOpen(false)} title={t("form.title", { name: customer.name })}>
        <RemindForm
          customer={customer}
          onDone={(text) => {
            setOpen(false);
            setMessage(text);
          }}
        />
      </Dialog>
    </section>
  );
}

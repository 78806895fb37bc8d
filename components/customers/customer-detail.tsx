"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatIndianMobile } from "@/lib/phone";
import { useFormat } from "../i18n/format";
import { EntryForm, type EntryKind } from "../ledger/entry-form";
import { Statement } from "../ledger/statement";
import { StatementRangeLink } from "../public/statement-range-link";
import { CustomerReminders } from "../reminders/customer-reminders";
import { CustomerReplies } from "../reminders/customer-replies";
import { useIsOwner } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { Icon } from "../ui/icons";
import { ErrorState, LoadingState } from "../ui/states";
import { BalanceLabel } from "./balance-label";
import { DeleteCustomer } from "./delete-customer";
import { OpenInvoices } from "./open-invoices";
import { ShareStatementLink } from "./share-statement-link";

type Customer = RouterOutputs["customers"]["get"];

/** One customer's khata: balance, the two big buttons, open invoices and the statement. */
export function CustomerDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.customers.get.queryOptions({ id }));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <CustomerKhata customer={query.data} />;
}

function CustomerKhata({ customer }: { customer: Customer }) {
  const { t } = useTranslation(["customers", "ledger", "invoices", "common"]);
  const isOwner = useIsOwner();
  const [entryKind, setEntryKind] = useState<EntryKind | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const erased = customer.erasedAt !== null;

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="flex flex-col gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold break-words">
              {erased ? t("detail.erasedName") : customer.name}
            </h1>
            {customer.phone ? (
              <a
                href={`tel:${customer.phone}`}
                className="mt-1 inline-flex items-center gap-1 text-brand-700 underline"
              >
                <Icon name="phone" className="size-4" />
                {formatIndianMobile(customer.phone)}
              </a>
            ) : null}
          </div>
          <div>
            <BalanceLabel paise={customer.balancePaise} size="xl" />
            <CreditLimitNote customer={customer} />
          </div>
          {erased ? (
            <Alert tone="info">{t("detail.erasedNotice")}</Alert>
          ) : (
            <div className="flex flex-wrap gap-2">
              <ButtonLink href={`/invoices/new?customerId=${customer.id}`} variant="secondary" size="sm">
                <Icon name="receipt" className="size-4" />
                {t("invoices:new")}
              </ButtonLink>
              <ShareStatementLink customer={customer} />
              <ButtonLink href={`/customers/${customer.id}/edit`} variant="secondary" size="sm">
                <Icon name="pencil" className="size-4" />
                {t("common:actions.edit")}
              </ButtonLink>
              {isOwner ? <DeleteCustomer customer={customer} /> : null}
            </div>
          )}
        </div>
      </Card>

      {erased ? null : (
        <div className="grid grid-cols-2 gap-3">
          <Button
            variant="gave"
            size="lg"
            className="min-h-16 gap-1.5 px-2 whitespace-nowrap"
            onClick={() => setEntryKind("gave")}
          >
            <Icon name="gave" />
            {t("ledger:gave.button")}
          </Button>
          <Button
            variant="got"
            size="lg"
            className="min-h-16 gap-1.5 px-2 whitespace-nowrap"
            onClick={() => setEntryKind("got")}
          >
            <Icon name="got" />
            {t("ledger:got.button")}
          </Button>
        </div>
      )}
      <div aria-live="polite">{message ? <Alert tone="success">{message}</Alert> : null}</div>

      <OpenInvoices customerId={customer.id} />
      <CustomerReminders customer={customer} />
      <CustomerReplies customerId={customer.id} />
      {customer.erasedAt ? null : <StatementRangeLink customerId={customer.id} phone={customer.phone} />}
      <Statement customerId={customer.id} onMessage={setMessage} />

      <Dialog
        open={entryKind !== null}
        onClose={() => setEntryKind(null)}
        title={entryKind ? t(`ledger:${entryKind}.title`, { name: customer.name }) : ""}
      >
        {entryKind ? (
          <EntryForm
            kind={entryKind}
            customerId={customer.id}
            onDone={(text) => {
              setEntryKind(null);
              setMessage(text);
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

function CreditLimitNote({ customer }: { customer: Customer }) {
  const { t } = useTranslation("customers");
  const { money } = useFormat();
  if (customer.creditLimitPaise === null) return null;
  const over = customer.balancePaise > customer.creditLimitPaise;
  return (
    <p className={over ? "mt-1 text-sm font-semibold text-owes-700" : "mt-1 text-sm text-slate-600"}>
      {over
        ? t("detail.overLimit", { limit: money(customer.creditLimitPaise) })
        : t("detail.creditLimit", { limit: money(customer.creditLimitPaise) })}
    </p>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Card, CardHeader } from "../ui/card";

/** Home: "3 promised to pay today", the customers who said today and still owe. Hidden when none. */
export function PromisedToday() {
  const { t } = useTranslation("home");
  const { money } = useFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.promises.today.queryOptions());
  // A side card: while it loads or if it fails, Home shows everything else as usual.
  if (!query.data || query.data.count === 0) return null;
  const { count, customers } = query.data;
  const more = count - customers.length;
  return (
    <Card aria-labelledby="promised-today-title" data-testid="promised-today">
      <CardHeader id="promised-today-title" title={t("promised.title", { count })} />
      <ul className="-mx-4 divide-y divide-slate-200">
        {customers.map((customer) => (
          <li key={customer.customerId}>
            <Link
              href={`/customers/${customer.customerId}`}
              className="flex flex-col gap-0.5 px-4 py-2 hover:bg-slate-50"
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className="truncate font-medium">{customer.name}</span>
                <span className="tabular shrink-0 font-semibold text-owes-700">
                  {money(customer.balancePaise)}
                </span>
              </span>
              {customer.replyText ? (
                <span className="truncate text-sm text-slate-600">“{customer.replyText}”</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-2 text-sm text-slate-600">{t("promised.more", { count: more })}</p> : null}
    </Card>
  );
}

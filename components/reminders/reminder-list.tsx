"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { ReminderRow } from "./reminder-row";

type Props = {
  /** Only this customer's reminders (their page); the customer's name is then left out. */
  customerId?: string;
  empty: { title: string; body?: string };
  /** Say at the top that nothing leaves the machine without a scheduler (the reminders page). */
  explainScheduler?: boolean;
};

/** Reminders newest first, each with its state, reason, actions and messages. */
export function ReminderList({ customerId, empty, explainScheduler }: Props) {
  const { t } = useTranslation(["reminders", "common"]);
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.reminders.list.infiniteQueryOptions(
      { customerId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const reminders = query.data.pages.flatMap((page) => page.items);
  const scheduler = query.data.pages[0]?.scheduler ?? false;
  return (
    <div className="flex flex-col gap-4">
      {explainScheduler && !scheduler ? <Alert tone="info">{t("noScheduler")}</Alert> : null}
      {reminders.length === 0 ? (
        <EmptyState title={empty.title} body={empty.body} />
      ) : (
        <Card className="p-0">
          <ol className="divide-y divide-slate-200">
            {reminders.map((reminder) => (
              <ReminderRow
                key={reminder.id}
                reminder={reminder}
                showCustomer={customerId === undefined}
                scheduler={scheduler}
              />
            ))}
          </ol>
        </Card>
      )}
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t("common:actions.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { istDateString } from "@/lib/gst/financial-year";
import { useBalanceText } from "../customers/balance-label";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { cx } from "../ui/cx";
import { Dialog } from "../ui/dialog";
import { Icon } from "../ui/icons";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { UndoEntryForm } from "./undo-entry-form";

type Entry = RouterOutputs["ledger"]["statement"]["items"][number];

/** The customer's khata, newest first, with the running balance after each entry. */
export function Statement({
  customerId,
  onMessage,
}: {
  customerId: string;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation(["ledger", "common"]);
  const trpc = useTRPC();
  const [undoing, setUndoing] = useState<Entry | null>(null);
  const query = useInfiniteQuery(
    trpc.ledger.statement.infiniteQueryOptions(
      { customerId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card aria-labelledby="statement-title">
      <CardHeader id="statement-title" title={t("statement.title")} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState title={t("statement.emptyTitle")} body={t("statement.emptyBody")} />
      ) : (
        <>
          <ol className="-mx-4 divide-y divide-slate-200">
            {entries.map((entry) => (
              <StatementRow key={entry.id} entry={entry} onUndo={() => setUndoing(entry)} />
            ))}
          </ol>
          {query.hasNextPage ? (
            <Button
              variant="secondary"
              className="mt-3 w-full"
              onClick={() => query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t("common:actions.loadMore")}
            </Button>
          ) : null}
        </>
      )}
      <Dialog open={undoing !== null} onClose={() => setUndoing(null)} title={t("undo.title")}>
        {undoing ? (
          <UndoEntryForm
            entryId={undoing.id}
            onDone={(message) => {
              setUndoing(null);
              onMessage(message);
            }}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}

function StatementRow({ entry, onUndo }: { entry: Entry; onUndo: () => void }) {
  const { t } = useTranslation("ledger");
  const { money, date, dateTime } = useFormat();
  const balanceText = useBalanceText();
  const increasesDue = entry.amountPaise > 0;
  const undoable = (entry.type === "PAYMENT" || entry.type === "CREDIT") && !entry.reversed;
  // An entry dated to an earlier day has no time of its own: show the day, and when it was written.
  const backdated = istDateString(new Date(entry.occurredAt)) !== istDateString(new Date(entry.createdAt));
  const details = [
    entry.paymentMode ? t(`mode.${entry.paymentMode}`) : null,
    entry.reference,
    entry.source === "VOICE" ? t("statement.byVoice") : null,
  ].filter(Boolean);

  return (
    <li id={`entry-${entry.id}`} className="flex scroll-mt-20 gap-3 px-4 py-3 target:bg-amber-50">
      <span
        aria-hidden="true"
        className={cx(
          "mt-0.5 grid size-8 shrink-0 place-items-center rounded-full",
          increasesDue ? "bg-owes-50 text-owes-700" : "bg-advance-50 text-advance-700",
        )}
      >
        <Icon name={entry.type === "REVERSAL" ? "undo" : increasesDue ? "gave" : "got"} className="size-4" />
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-baseline justify-between gap-2">
          <span className={cx("font-semibold", entry.reversed && "text-slate-500 line-through")}>
            {entry.type === "INVOICE" && entry.invoice
              ? t("statement.invoiceNumbered", { number: entry.invoice.number })
              : t(`entryType.${entry.type}`)}
          </span>
          <span
            className={cx(
              "tabular shrink-0 font-semibold",
              increasesDue ? "text-owes-700" : "text-advance-700",
              entry.reversed && "line-through opacity-60",
            )}
          >
            {money(Math.abs(entry.amountPaise))}
          </span>
        </div>
        <span className="text-sm text-slate-600">
          {backdated ? date(entry.occurredAt) : dateTime(entry.occurredAt)}
          {backdated ? (
            <span className="ml-2 text-xs text-slate-500">
              {t("statement.recordedOn", { date: dateTime(entry.createdAt) })}
            </span>
          ) : null}
        </span>
        {details.length > 0 ? <span className="text-sm text-slate-600">{details.join(" · ")}</span> : null}
        {entry.note ? <span className="text-sm break-words text-slate-800">“{entry.note}”</span> : null}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="text-sm text-slate-600">
            {t("statement.balanceAfter", { balance: balanceText(entry.balanceAfterPaise) })}
          </span>
          {entry.reversed ? (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
              {t("statement.undone")}
            </span>
          ) : undoable ? (
            <Button
              variant="ghost"
              size="sm"
              className="ml-auto"
              onClick={onUndo}
              aria-label={t("statement.undoLabel", { amount: money(Math.abs(entry.amountPaise)) })}
            >
              <Icon name="undo" className="size-4" />
              {t("statement.undo")}
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

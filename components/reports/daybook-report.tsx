"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { cx } from "../ui/cx";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { useBookLineView } from "./book-line";
import { CsvLink } from "./csv-link";
import { type DateRange, exportUrl } from "./ist-ranges";

type Daybook = RouterOutputs["reports"]["daybook"];
type Entry = Daybook["items"][number];

const NUM = "px-2 py-1.5 text-right tabular";

/**
 * Per IST day: "you gave" and "you got" totals, then every entry (newest first). Undone entries,
 * cancelled bills and their reversals are listed but never counted (server/reports/book-entries.ts).
 */
export function DaybookReport({ range }: { range: DateRange }) {
  const { t } = useTranslation(["reports", "common"]);
  const trpc = useTRPC();
  const { money } = useFormat();
  const query = useInfiniteQuery(
    trpc.reports.daybook.infiniteQueryOptions(
      { from: range.from, to: range.to, limit: 50 },
      { initialCursor: 0, getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const first = query.data.pages[0];
  const entries = query.data.pages.flatMap((page) => page.items);
  if (!first || first.days.length === 0) return <EmptyState title={t("daybook.empty")} />;

  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3">
        <Card className="bg-owes-50">
          <p className="text-sm font-medium text-owes-700">{t("daybook.gave")}</p>
          <p className="tabular text-xl font-bold text-owes-700" data-testid="daybook-gave">
            {money(first.totals.gavePaise)}
          </p>
        </Card>
        <Card className="bg-advance-50">
          <p className="text-sm font-medium text-advance-700">{t("daybook.got")}</p>
          <p className="tabular text-xl font-bold text-advance-700" data-testid="daybook-got">
            {money(first.totals.gotPaise)}
          </p>
          <GotByMode byMode={first.totals.gotByMode} />
        </Card>
      </div>
      {first.totals.adjustedPaise !== 0 ? (
        <p className="text-sm text-slate-700" data-testid="daybook-adjusted">
          {t("daybook.adjusted")}: {money(first.totals.adjustedPaise)}
        </p>
      ) : null}
      <p className="text-sm text-slate-600">{t("daybook.lines.notCountedNote")}</p>
      <Card>
        <CardHeader title={t("daybook.days")} />
        <table className="w-full border-collapse text-sm">
          <thead className="border-y border-slate-300 bg-slate-50">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left">
                {t("daybook.colDate")}
              </th>
              <th scope="col" className={NUM}>
                {t("daybook.gave")}
              </th>
              <th scope="col" className={NUM}>
                {t("daybook.got")}
              </th>
              <th scope="col" className={NUM}>
                {t("daybook.entries")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {first.days.map((day) => (
              <tr key={day.date}>
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <DayLabel date={day.date} />
                </th>
                <td className={cx(NUM, "text-owes-700")}>{money(day.gavePaise)}</td>
                <td className={cx(NUM, "text-advance-700")}>{money(day.gotPaise)}</td>
                <td className={NUM}>{day.entryCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card>
        <CardHeader title={t("daybook.entryList")} />
        <ul className="-mx-4 divide-y divide-slate-200">
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} />
          ))}
        </ul>
        {query.hasNextPage ? (
          <Button
            variant="secondary"
            className="mt-3 w-full"
            loading={query.isFetchingNextPage}
            onClick={() => query.fetchNextPage()}
          >
            {t("common:actions.loadMore")}
          </Button>
        ) : null}
      </Card>
    </div>
  );
}

/** "Cash ₹400.00 · UPI ₹950.00": the cash figure is what the drawer should hold. */
function GotByMode({ byMode }: { byMode: Daybook["totals"]["gotByMode"] }) {
  const { t } = useTranslation("ledger");
  const { money } = useFormat();
  const parts = Object.entries(byMode)
    .filter(([, paise]) => paise > 0)
    .map(([mode, paise]) => `${t(`mode.${mode as keyof typeof byMode}`)} ${money(paise)}`);
  if (parts.length === 0) return null;
  return (
    <p className="tabular text-sm text-advance-700" data-testid="daybook-got-by-mode">
      {parts.join(" · ")}
    </p>
  );
}

function DayLabel({ date }: { date: string }) {
  const format = useFormat();
  return <>{format.date(`${date}T12:00:00+05:30`)}</>;
}

function EntryRow({ entry }: { entry: Entry }) {
  const { dateTime } = useFormat();
  const line = useBookLineView()(entry);
  return (
    <li className="flex items-start justify-between gap-3 px-4 py-2" data-testid="daybook-line">
      <div className="min-w-0">
        <Link href={`/customers/${entry.customer.id}`} className="block truncate font-medium hover:underline">
          {entry.customer.name}
        </Link>
        <p className="text-sm text-slate-600">
          {dateTime(entry.occurredAt)} ·{" "}
          {entry.invoice ? (
            <Link
              href={`/invoices/${entry.invoice.id}`}
              className={cx("underline", line.struck && "line-through")}
            >
              {line.title}
            </Link>
          ) : (
            <span className={cx(line.struck && "line-through")}>{line.title}</span>
          )}
        </p>
        {entry.note ? <p className="truncate text-sm text-slate-600">{entry.note}</p> : null}
      </div>
      <span
        className={cx(
          "tabular shrink-0 font-semibold",
          line.tone === "owes" && "text-owes-700",
          line.tone === "advance" && "text-advance-700",
          line.tone === "muted" && "font-normal text-slate-500",
        )}
      >
        {line.amount}
      </span>
    </li>
  );
}

export function DaybookCsvLink({ range }: { range: DateRange }) {
  const { t } = useTranslation("reports");
  return <CsvLink href={exportUrl("daybook", { from: range.from, to: range.to })} label={t("downloadCsv")} />;
}

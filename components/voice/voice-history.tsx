"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";

type Turn = RouterOutputs["voice"]["history"]["items"][number];

/** Voice turns, newest first (staff see their own; the owner sees everyone's). */
export function VoiceHistory() {
  const { t } = useTranslation(["voice", "common"]);
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.voice.history.infiniteQueryOptions({ limit: 30 }, { getNextPageParam: (page) => page.nextCursor }),
  );
  const turns = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (turns.length === 0) return <EmptyState title={t("history.empty")} />;
  return (
    <div className="flex flex-col gap-4">
      <Card className="p-0">
        <ol className="divide-y divide-slate-200">
          {turns.map((turn) => (
            <TurnRow key={turn.id} turn={turn} />
          ))}
        </ol>
      </Card>
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t("common:actions.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

function TurnRow({ turn }: { turn: Turn }) {
  const { t } = useTranslation("voice");
  const { dateTime } = useFormat();
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold">“{turn.transcript}”</span>
        <time className="text-sm text-slate-600" dateTime={new Date(turn.createdAt).toISOString()}>
          {dateTime(turn.createdAt)}
        </time>
      </div>
      <p className="text-slate-800">{turn.replyText}</p>
      <p className="text-sm text-slate-600">
        {t(`history.status.${turn.status}`)}
        {turn.undoneAt ? ` · ${t("history.undone")}` : ""}
      </p>
      {/* Timings are for whoever tunes the voice path, not for the merchant: folded away. */}
      <details className="text-sm text-slate-600">
        <summary className="cursor-pointer">{t("history.timings")}</summary>
        {t("history.latency", { total: turn.totalMs, parse: turn.parseMs, execute: turn.executeMs })}
        {turn.firstAudioMs !== null ? (
          <span data-testid="first-audio"> · {t("history.firstAudio", { ms: turn.firstAudioMs })}</span>
        ) : null}
      </details>
    </li>
  );
}

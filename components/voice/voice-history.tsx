"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";

type Conversation = RouterOutputs["voice"]["history"]["items"][number];
type Turn = Conversation["turns"][number];

/** Voice conversations, newest first (staff see their own; the owner sees everyone's). */
export function VoiceHistory() {
  const { t } = useTranslation(["voice", "common"]);
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.voice.history.infiniteQueryOptions({ limit: 30 }, { getNextPageParam: (page) => page.nextCursor }),
  );
  const conversations = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (conversations.length === 0) return <EmptyState title={t("history.empty")} />;
  return (
    <div className="flex flex-col gap-4">
      <Card className="p-0">
        <ol className="divide-y divide-slate-200">
          {conversations.map((conversation) => (
            <ConversationRow key={conversation.id} conversation={conversation} />
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

/** One command with the questions asked and the answers given, where it ended, and what it changed. */
function ConversationRow({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation("voice");
  const { dateTime } = useFormat();
  const { result } = conversation;
  return (
    <li className="flex flex-col gap-2 px-4 py-3" data-testid="voice-conversation">
      <time className="text-sm text-slate-600" dateTime={new Date(conversation.createdAt).toISOString()}>
        {dateTime(conversation.createdAt)}
      </time>
      <ol className="flex flex-col gap-2">
        {conversation.turns.map((turn) => (
          <TurnLines key={turn.id} turn={turn} />
        ))}
      </ol>
      <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600">
        <span>
          {t(`history.status.${conversation.status}`)}
          {conversation.undone ? ` · ${t("history.undone")}` : ""}
        </span>
        {result ? (
          <Link className="font-medium text-emerald-800 underline" href={result.href}>
            {t(`history.open.${result.kind}`)}
          </Link>
        ) : null}
      </p>
      {/* Timings are for whoever tunes the voice path, not for the merchant: folded away. */}
      <details className="text-sm text-slate-600">
        <summary className="cursor-pointer">{t("history.timings")}</summary>
        <ul>
          {conversation.turns.map((turn) => (
            <li key={turn.id}>
              “{turn.transcript}”:{" "}
              {t("history.latency", { total: turn.totalMs, parse: turn.parseMs, execute: turn.executeMs })}
              {turn.firstAudioMs !== null ? (
                <span data-testid="first-audio"> · {t("history.firstAudio", { ms: turn.firstAudioMs })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function TurnLines({ turn }: { turn: Turn }) {
  return (
    <li className="flex flex-col">
      <span className="font-semibold">“{turn.transcript}”</span>
      <span className="text-slate-800">{turn.replyText}</span>
    </li>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Card, CardHeader } from "../ui/card";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import type { ActionMessage } from "./reminder-actions";
import { ReplyPromise } from "./reply-promise";

/** On a customer's page, under Reminders: what they answered on WhatsApp and any day they promised. */
export function CustomerReplies({ customerId }: { customerId: string }) {
  const { t } = useTranslation("reminders");
  const { dateTime } = useFormat();
  const trpc = useTRPC();
  const query = useQuery(trpc.promises.replies.queryOptions({ customerId }));
  const [message, setMessage] = useState<ActionMessage | null>(null);

  let content: ReactNode;
  if (query.isPending) content = <LoadingState />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (query.data.length === 0) content = <EmptyState title={t("replies.empty")} />;
  else {
    content = (
      <Card className="p-0">
        <ol className="divide-y divide-slate-200">
          {query.data.map((reply) => (
            <li key={reply.id} data-testid="customer-reply" className="flex flex-col gap-2 px-4 py-3">
              <p className="break-words whitespace-pre-line text-slate-900">{reply.body}</p>
              <p className="text-sm text-slate-600">
                {t("replies.received", { time: dateTime(reply.receivedAt) })}
              </p>
              {reply.promisedFor && reply.remindOn ? (
                <ReplyPromise
                  reply={{ ...reply, promisedFor: reply.promisedFor, remindOn: reply.remindOn }}
                  onMessage={setMessage}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
    );
  }
  return (
    <section aria-labelledby="customer-replies-title" className="flex flex-col gap-2">
      <CardHeader id="customer-replies-title" title={t("replies.title")} />
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {content}
    </section>
  );
}

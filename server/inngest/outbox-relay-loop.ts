import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { relayOutboxOnce } from "../reminders/outbox-relay";
import { type InngestClient, inngest, schedulerConfigured } from "./client";

/** Publish outbox events through the Inngest client, each with its outbox row id as event id. */
export const publishWith =
  (client: InngestClient) => async (events: { id: string; name: string; data: unknown }[]) => {
    await client.send(
      events.map((event) => ({
        id: event.id,
        name: event.name,
        data: event.data as Record<string, unknown>,
      })),
    );
  };

const globalForRelay = globalThis as unknown as {
  execoraRelay?: NodeJS.Timeout;
  execoraRelayRound?: Promise<void>;
};

/**
 * Every app instance runs this loop; the row locks in relayOutboxOnce keep them from publishing
 * the same event twice at once, and Inngest drops a repeated event id. Without a scheduler the
 * events stay in the outbox (the reminders page says so).
 */
export function startOutboxRelay() {
  if (globalForRelay.execoraRelay) return;
  if (!schedulerConfigured()) {
    logger.info("no Inngest configured: reminders wait in the outbox (README, Configuration)");
    return;
  }
  const publish = publishWith(inngest());
  globalForRelay.execoraRelay = setInterval(() => {
    if (globalForRelay.execoraRelayRound) return;
    globalForRelay.execoraRelayRound = relayOutboxOnce(db(), publish)
      .then(() => undefined)
      .catch((error) => logger.warn({ err: error }, "outbox relay round failed"))
      .finally(() => {
        globalForRelay.execoraRelayRound = undefined;
      });
  }, env().OUTBOX_RELAY_INTERVAL_MS);
  globalForRelay.execoraRelay.unref();
}

/**
 * Shutdown: no new round starts, and the one running (if any) is awaited. A round cut short
 * anyway (the process is killed) is harmless: its transaction rolls back and the rows are
 * published again, once, by whichever instance comes next (the event id is the row id).
 */
export async function stopOutboxRelay(): Promise<void> {
  clearInterval(globalForRelay.execoraRelay);
  globalForRelay.execoraRelay = undefined;
  await globalForRelay.execoraRelayRound;
}

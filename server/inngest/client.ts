import { Inngest } from "inngest";
import { type Env, env } from "../env";
import { outboundFetchFor } from "../resilience/outbound-fetch";

// Every call to Inngest's API goes through the outbound policy: 10 s per try and Inngest's circuit
// breaker. The SDK already retries a send (safe: an event carries its outbox row id, and Inngest
// drops a repeated id), so the policy adds no retries of its own; when the send still fails the
// outbox relay tries again on its next round.
const inngestFetch = outboundFetchFor("inngest", { timeoutMs: 10_000, idempotent: true, retries: 0 });

/** Inngest Cloud (event key), self-hosted (base URL) or the dev server: else reminders wait in the outbox. */
export function schedulerConfigured(settings: Env = env()): boolean {
  return settings.INNGEST_DEV === "1" || !!settings.INNGEST_EVENT_KEY || !!settings.INNGEST_BASE_URL;
}

export function createInngestClient(settings: Env = env()) {
  return new Inngest({
    id: "execora",
    isDev: settings.INNGEST_DEV === "1",
    ...(settings.INNGEST_EVENT_KEY ? { eventKey: settings.INNGEST_EVENT_KEY } : {}),
    ...(settings.INNGEST_SIGNING_KEY ? { signingKey: settings.INNGEST_SIGNING_KEY } : {}),
    ...(settings.INNGEST_BASE_URL ? { baseUrl: settings.INNGEST_BASE_URL } : {}),
    fetch: inngestFetch,
  });
}

export type InngestClient = ReturnType<typeof createInngestClient>;

const globalForInngest = globalThis as unknown as { execoraInngest?: InngestClient };

/** The process-wide client, made from the validated environment on first use. */
export function inngest(): InngestClient {
  globalForInngest.execoraInngest ??= createInngestClient();
  return globalForInngest.execoraInngest;
}

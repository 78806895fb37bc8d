import { Inngest } from "inngest";
import { type Env, env } from "../env";

// Every call to Inngest's event API gives up after this long; the outbox relay tries again later.
const INNGEST_CALL_TIMEOUT_MS = 10_000;

/** Inngest Cloud (event key), self-hosted (base URL) or the dev server: else reminders wait in the outbox. */
export function schedulerConfigured(settings: Env = env()): boolean {
  return settings.INNGEST_DEV === "1" || !!settings.INNGEST_EVENT_KEY || !!settings.INNGEST_BASE_URL;
}

const timedFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(INNGEST_CALL_TIMEOUT_MS) });

export function createInngestClient(settings: Env = env()) {
  return new Inngest({
    id: "execora",
    isDev: settings.INNGEST_DEV === "1",
    ...(settings.INNGEST_EVENT_KEY ? { eventKey: settings.INNGEST_EVENT_KEY } : {}),
    ...(settings.INNGEST_SIGNING_KEY ? { signingKey: settings.INNGEST_SIGNING_KEY } : {}),
    ...(settings.INNGEST_BASE_URL ? { baseUrl: settings.INNGEST_BASE_URL } : {}),
    fetch: timedFetch,
  });
}

export type InngestClient = ReturnType<typeof createInngestClient>;

const globalForInngest = globalThis as unknown as { execoraInngest?: InngestClient };

/** The process-wide client, made from the validated environment on first use. */
export function inngest(): InngestClient {
  globalForInngest.execoraInngest ??= createInngestClient();
  return globalForInngest.execoraInngest;
}

import { startCacheListener, stopCacheListener } from "./server/cache/cache-events";
import { env, isNextProductionBuild } from "./server/env";
import { startOutboxRelay, stopOutboxRelay } from "./server/inngest/outbox-relay-loop";
import { logger } from "./server/logger";

// Validate the environment at boot so a missing or malformed variable stops start-up with its
// name, instead of failing the first request. `next build` loads server code too; skip there.
if (!isNextProductionBuild()) {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error("Execora cannot start: set the variables above (README.md, Configuration).");
    process.exit(1);
  }
}

// Each instance publishes waiting reminder events to Inngest (server/reminders/outbox-relay.ts),
// and hears the other instances' cache changes (server/cache/cache-events.ts).
if (!isNextProductionBuild()) {
  startOutboxRelay();
  void startCacheListener();
}

// On SIGTERM `next start` itself stops accepting connections, lets the requests in flight finish
// (e2e/graceful-shutdown.spec.ts), then exits; beside that, this instance stops its own
// background work so nothing new starts while it drains.
if (!isNextProductionBuild()) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info({ event: "shutdown", signal }, "stopping: finishing requests in flight");
      void Promise.all([stopOutboxRelay(), stopCacheListener()]).catch((error) =>
        logger.warn({ err: error }, "background work did not stop cleanly"),
      );
    });
  }
}

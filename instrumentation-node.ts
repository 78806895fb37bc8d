import { startCacheListener, stopCacheListener } from "./server/cache/cache-events";
import { env, isNextProductionBuild } from "./server/env";
import { startOutboxRelay, stopOutboxRelay } from "./server/inngest/outbox-relay-loop";
import { logger } from "./server/logger";
import { startTracing, type Tracing } from "./server/observability/tracing-setup";

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

// Traces go to the OTLP collector when one is configured (README, Configuration).
let tracing: Tracing | null = null;
if (!isNextProductionBuild() && env().OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: serviceName } = env();
  tracing = startTracing({ endpoint: endpoint as string, serviceName });
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
      void Promise.all([stopOutboxRelay(), stopCacheListener(), tracing?.shutdown()]).catch((error) =>
        logger.warn({ err: error }, "background work did not stop cleanly"),
      );
    });
  }
}

import { startCacheListener } from "./server/cache/cache-events";
import { env, isNextProductionBuild } from "./server/env";
import { startOutboxRelay } from "./server/inngest/outbox-relay-loop";

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

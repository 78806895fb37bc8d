import { db } from "../../db";
import { env } from "../../env";
import { businessMetrics } from "../../observability/business-metrics";
import { checkReadiness } from "../../observability/health";
import { metrics } from "../../observability/metrics";
import { metricsAccessAllowed } from "../../observability/metrics-access";
import { outboxLagSeconds } from "../../reminders/outbox-lag";
import { withObservability } from "../with-observability";

// Prometheus scrape endpoint. Protected by METRICS_TOKEN when set.
export const GET = withObservability("/api/metrics", async (request) => {
  if (!metricsAccessAllowed(request.headers.get("authorization"), env().METRICS_TOKEN)) {
    return Response.json(
      { error: "Unauthorized" },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } },
    );
  }
  // Refreshes execora_database_up / execora_database_check_seconds for this scrape.
  const readiness = await checkReadiness(db());
  // Read from the database, so every instance reports the same figure (alert on max()).
  // A failed read leaves the last figure rather than reporting a lag of 0.
  if (readiness.ready) {
    await outboxLagSeconds(db())
      .then((seconds) => businessMetrics().outboxLag.set(seconds))
      .catch(() => {});
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
});

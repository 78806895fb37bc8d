import { db } from "../../db";
import { env } from "../../env";
import { checkReadiness } from "../../observability/health";
import { metrics } from "../../observability/metrics";
import { metricsAccessAllowed } from "../../observability/metrics-access";
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
  await checkReadiness(db());
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
});

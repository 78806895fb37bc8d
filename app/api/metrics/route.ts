import { db } from "@/server/db";
import { env } from "@/server/env";
import { withObservability } from "@/server/http/with-observability";
import { checkReadiness } from "@/server/observability/health";
import { metrics } from "@/server/observability/metrics";
import { metricsAccessAllowed } from "@/server/observability/metrics-access";

// Prometheus scrape endpoint. Protected by METRICS_TOKEN when set.
export const dynamic = "force-dynamic";

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

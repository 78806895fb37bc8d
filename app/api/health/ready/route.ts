import { db } from "@/server/db";
import { withObservability } from "@/server/http/with-observability";
import { checkReadiness } from "@/server/observability/health";

// Readiness: send traffic here only while the database answers SELECT 1 within 2 s.
export const dynamic = "force-dynamic";

export const GET = withObservability("/api/health/ready", async () => {
  const result = await checkReadiness(db());
  return Response.json(result.body, {
    status: result.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});

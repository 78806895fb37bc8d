import { withObservability } from "@/server/http/with-observability";

// Liveness: the process answers. Never touches the database, so a database outage does not
// get healthy app instances restarted.
export const dynamic = "force-dynamic";

export const GET = withObservability("/api/health/live", async () =>
  Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }),
);

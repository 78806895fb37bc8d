import { db } from "../../db";
import { checkReadiness } from "../../observability/health";
import { withObservability } from "../with-observability";

// Liveness: the process answers. Never touches the database, so a database outage does not
// get healthy app instances restarted.
export const liveness = withObservability("/api/health/live", async () =>
  Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }),
);

// Readiness: send traffic here only while the database answers SELECT 1 within 2 s.
export const readiness = withObservability("/api/health/ready", async () => {
  const result = await checkReadiness(db());
  return Response.json(result.body, {
    status: result.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});

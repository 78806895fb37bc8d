import { createServer, type Server } from "node:http";
import client from "prom-client";
import { metricsAccessAllowed } from "../server/observability/metrics-access";

/**
 * The worker's Prometheus endpoint (GET /metrics on AGENT_METRICS_PORT): process metrics with the
 * execora_agent_ prefix, so `up{job="execora-agent"}` tells an on-call whether workers are running
 * (ops/prometheus/alerts.yml, ExecoraAgentDown). Turns run in job processes; their figures are in
 * the voice-turn log lines and the VoiceTurn rows, not here.
 */
export function startAgentMetricsServer(host: string, port: number, token?: string): Server {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "execora_agent_" });
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    // The same bearer token as the app's /api/metrics (METRICS_TOKEN), when one is set.
    if (!metricsAccessAllowed(request.headers.authorization ?? null, token)) {
      response.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"' }).end();
      return;
    }
    registry
      .metrics()
      .then((text) => response.writeHead(200, { "content-type": registry.contentType }).end(text))
      .catch(() => response.writeHead(500).end());
  });
  server.listen(port, host);
  return server;
}

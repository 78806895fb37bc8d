import { afterEach, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as scrape } from "@/app/api/metrics/route";
import { resetEnvForTests } from "../env";
import { BREAKER, callOutbound } from "../resilience/outbound-policy";

const TOKEN = "scrape-token-0123456789";
const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });

describe("health and metrics routes", () => {
  afterEach(() => {
    delete process.env.METRICS_TOKEN;
    resetEnvForTests();
  });

  it("answers liveness with ok and a request id", async () => {
    const response = await live(get("/api/health/live", { "x-request-id": "probe-1" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("x-request-id")).toBe("probe-1");
  });

  it("answers readiness with 200 while the database is up", async () => {
    const response = await ready(get("/api/health/ready"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", checks: { database: "up" } });
  });

  it("serves Prometheus text including request and database metrics", async () => {
    await live(get("/api/health/live"));
    const response = await scrape(get("/api/metrics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const body = await response.text();
    expect(body).toContain("execora_database_up 1");
    expect(body).toMatch(/execora_db_pool_connections\{state="total"\} [1-9]/);
    expect(body).toMatch(
      /execora_http_requests_total\{route="\/api\/health\/live",method="GET",status="200"\} \d+/,
    );
  });

  it("reports each outside service's circuit breaker state and call outcomes", async () => {
    const failing = () => Promise.reject(Object.assign(new Error("503"), { retryable: true }));
    for (let i = 0; i < BREAKER.consecutiveFailures; i++) {
      await callOutbound("whatsapp", { timeoutMs: 1_000, idempotent: false }, failing).catch(() => {});
    }
    await callOutbound("smtp", { timeoutMs: 1_000, idempotent: false }, async () => "sent");
    const body = await (await scrape(get("/api/metrics"))).text();
    expect(body).toContain('execora_circuit_breaker_state{dependency="whatsapp"} 2');
    expect(body).toContain('execora_circuit_breaker_state{dependency="smtp"} 0');
    expect(body).toContain('execora_outbound_calls_total{dependency="whatsapp",outcome="failed"} 5');
    expect(body).toContain('execora_outbound_calls_total{dependency="smtp",outcome="ok"} 1');
  });

  it("rejects a scrape without the bearer token when METRICS_TOKEN is set", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvForTests();
    const missing = await scrape(get("/api/metrics"));
    expect(missing.status).toBe(401);
    expect(await missing.text()).not.toContain("execora_");
    expect((await scrape(get("/api/metrics", { authorization: "Bearer wrong-token-000000" }))).status).toBe(
      401,
    );
    const allowed = await scrape(get("/api/metrics", { authorization: `Bearer ${TOKEN}` }));
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain("execora_database_up");
  });
});

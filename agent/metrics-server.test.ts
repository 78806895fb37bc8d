import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { startAgentMetricsServer } from "./metrics-server";

let close: (() => void) | undefined;
afterEach(() => close?.());

it("serves the worker's process metrics for Prometheus, and nothing else", async () => {
  const server = startAgentMetricsServer("127.0.0.1", 0);
  close = () => server.close();
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const scrape = await fetch(`${base}/metrics`);
  expect(scrape.status).toBe(200);
  expect(await scrape.text()).toMatch(/execora_agent_process_cpu_seconds_total \d/);
  expect((await fetch(`${base}/`)).status).toBe(404);
});

it("with METRICS_TOKEN set, refuses a scrape without the bearer token", async () => {
  const token = "agent-scrape-token-0123456789";
  const server = startAgentMetricsServer("127.0.0.1", 0, token);
  close = () => server.close();
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  const refused = await fetch(url);
  expect(refused.status).toBe(401);
  expect(await refused.text()).not.toContain("execora_");
  expect((await fetch(url, { headers: { authorization: "Bearer wrong-token-0000000000" } })).status).toBe(
    401,
  );
  expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
});

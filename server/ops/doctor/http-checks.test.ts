import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../http/security-headers";
import { httpChecks, transportCheck } from "./http-checks";

// Real HTTP servers on loopback standing in for two deployments: one behaves like the app, the
// other like the app behind a proxy that strips headers and a route left open.
const servers: Server[] = [];
async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

const statusOf = (checks: Awaited<ReturnType<typeof httpChecks>>) =>
  Object.fromEntries(checks.map((check) => [check.id, check.status]));

describe("deployment checks over HTTP", () => {
  it("passes readiness, auth, metrics and headers on a deployment that refuses strangers", async () => {
    const url = await serve((request, response) => {
      for (const [name, value] of Object.entries(
        securityHeaders({ nonce: "n0nce", https: false, development: false }),
      )) {
        response.setHeader(name, value);
      }
      if (request.url === "/api/health/ready" || request.url === "/sign-in")
        response.writeHead(200).end("ok");
      else response.writeHead(401).end();
    });
    expect(statusOf(await httpChecks(url))).toEqual({
      readiness: "pass",
      auth: "pass",
      metrics: "pass",
      "security-headers": "pass",
      // Plain http on this machine: fine here, not for the public URL.
      https: "warn",
    });
  });

  it("fails open routes and stripped headers, naming them, and warns about open metrics", async () => {
    const url = await serve((request, response) => {
      if (request.url === "/api/health/ready") response.writeHead(503).end();
      else if (request.url === "/api/export/shop") response.writeHead(401).end();
      else response.writeHead(200).end("{}");
    });
    const checks = await httpChecks(url);
    expect(statusOf(checks)).toMatchObject({
      readiness: "fail",
      auth: "fail",
      metrics: "warn",
      "security-headers": "fail",
    });
    const auth = checks.find((check) => check.id === "auth");
    expect(auth?.detail).toContain("/api/trpc/customers.list (200)");
    expect(auth?.detail).not.toContain("/api/export/shop");
    expect(checks.find((check) => check.id === "security-headers")?.detail).toContain(
      "content-security-policy",
    );
  });

  it("fails every probe, saying so, when nothing answers at the address", async () => {
    const url = await serve(() => undefined);
    const closed = servers.pop() as Server;
    await new Promise((resolve) => closed.close(resolve));
    const checks = await httpChecks(url);
    expect(checks.every((check) => check.status === "fail")).toBe(true);
    expect(checks[0]?.detail).toContain("could not be reached");
  });

  it("asks a public URL for HTTPS with HSTS", () => {
    expect(transportCheck("https://shop.example.in", "max-age=63072000").status).toBe("pass");
    expect(transportCheck("https://shop.example.in", null).status).toBe("fail");
    expect(transportCheck("http://shop.example.in", null)).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("in clear"),
    });
    expect(transportCheck("http://localhost:3000", null).status).toBe("warn");
  });
});

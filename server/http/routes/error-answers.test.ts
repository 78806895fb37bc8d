import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db";
import { createTestBusiness } from "../../test/factories";
import { setLiveKitEnv, TEST_LIVEKIT } from "../../voice/livekit/test-livekit-env";
import { withObservability } from "../with-observability";
import { readiness } from "./health";
import { GET as invoicePdf } from "./invoice-pdf";
import { GET as scrapeMetrics } from "./metrics";
import { GET as exportReport } from "./report-export";
import { POST as trpc } from "./trpc";
import { POST as voiceTurn } from "./voice-turn";

// The session is whatever the test says; the database is the test database, or (databaseDown)
// a client pointed at a closed port, which is what an outage looks like to the app.
const state = vi.hoisted(() => ({ userId: null as string | null, databaseDown: false }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));
vi.mock("@/server/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/db")>();
  const unreachable = real.createDb("postgresql://postgres@127.0.0.1:1/execora");
  return { ...real, db: () => (state.databaseDown ? unreachable : real.db()) };
});

// Nothing a client receives may name the database, its driver, its address or its constraints.
const INTERNALS = [
  /prisma/i,
  /P\d{4}/,
  /127\.0\.0\.1/,
  /\bport\b/i,
  /reach database/i,
  /_key\b/,
  /postgres/i,
  /UTF8/,
];
function expectNoInternals(body: string) {
  for (const pattern of INTERNALS)
    expect({ body, leaks: pattern.test(body) }).toEqual({ body, leaks: false });
}

const NOT_REACHABLE = "The database is not reachable. Try again in a moment.";
const NUL_REFUSED = "The input contains a NUL character, which cannot be stored. Remove it and try again.";
const request = (path: string, init: RequestInit = {}) =>
  new Request(`http://localhost:3000${path}`, {
    ...init,
    headers: { "x-request-id": "req-7", ...init.headers },
  });
const trpcCall = (procedure: string, input: unknown, method: "GET" | "POST" = "POST") => {
  const json = encodeURIComponent(JSON.stringify({ json: input }));
  return method === "GET"
    ? trpc(request(`/api/trpc/${procedure}?input=${json}`))
    : trpc(
        request(`/api/trpc/${procedure}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        }),
      );
};

describe("what clients are told when things go wrong", () => {
  beforeEach(() => {
    state.userId = null;
    state.databaseDown = false;
  });
  afterEach(() => setLiveKitEnv(null));

  it("database unreachable: 503 with a plain sentence on tRPC and every route handler", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    state.databaseDown = true;
    const answers = {
      trpc: await trpcCall("customers.find", { search: "Sunita" }, "GET"),
      pdf: await invoicePdf(request("/api/invoices/inv_1/pdf")),
      export: await exportReport(request("/api/export/daybook?from=2026-04-01&to=2026-04-30")),
      voiceTurn: await voiceTurn(
        request("/api/voice/turn", { method: "POST", body: new Uint8Array([1, 2, 3]) }),
      ),
    };
    for (const [route, response] of Object.entries(answers)) {
      const body = await response.text();
      expect({ route, status: response.status }).toEqual({ route, status: 503 });
      expect(body).toContain(NOT_REACHABLE);
      expectNoInternals(body);
    }
    const ready = await readiness(request("/api/health/ready"));
    expect(ready.status).toBe(503);
    expectNoInternals(await ready.text());
    const metrics = await scrapeMetrics(request("/api/metrics"));
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("execora_database_up 0");
  });

  it("an unexpected failure answers 500 with a generic sentence and the request id, never the database's text", async () => {
    const shop = await createTestBusiness();
    // A unique violation no domain code maps: the owner's email is taken.
    const handler = withObservability("/api/test/unique", async () => {
      await db().user.create({
        data: {
          email: shop.owner.email,
          name: "Twin",
          role: "STAFF",
          businessId: shop.businessId,
          passwordHash: "x",
        },
      });
      return Response.json({ ok: true });
    });
    const response = await handler(request("/api/test/unique"));
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: 'Something went wrong on our side (ref "req-7"). Please try again.',
      requestId: "req-7",
    });
    expectNoInternals(body);
    expect(response.headers.get("x-request-id")).toBe("req-7");
  });

  it("a NUL byte in a path or query answers 400 with a clear sentence", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    for (const response of [
      await invoicePdf(request("/api/invoices/inv%00x/pdf")),
      await exportReport(request("/api/export/aging?asOf=2026-04-01%00")),
    ]) {
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(body).toContain(NUL_REFUSED);
      expectNoInternals(body);
    }
  });

  it("a broken multipart upload to /api/voice/turn answers 400, not 500", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    const response = await voiceTurn(
      request("/api/voice/turn", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=----cut" },
        body: '------cut\r\nContent-Disposition: form-data; name="audio"; filename="a.webm"\r\n\r\nRIFF',
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({
      error: "The recording did not arrive in one piece. Try again.",
      requestId: "req-7",
    });
  });

  it("LiveKit webhooks during an outage answer 503, so LiveKit delivers again later", async () => {
    setLiveKitEnv(TEST_LIVEKIT);
    state.databaseDown = true;
    const { POST: webhook } = await import("./livekit-webhook");
    const { createHash } = await import("node:crypto");
    const { AccessToken } = await import("livekit-server-sdk");
    const body = JSON.stringify({ event: "room_started", id: "EV_down", room: { sid: "RM_1", name: "r" } });
    const token = new AccessToken(TEST_LIVEKIT.LIVEKIT_API_KEY, TEST_LIVEKIT.LIVEKIT_API_SECRET, { ttl: 60 });
    token.sha256 = createHash("sha256").update(body).digest("base64");
    const response = await webhook(
      request("/api/webhooks/livekit", {
        method: "POST",
        headers: { "content-type": "application/webhook+json", authorization: await token.toJwt() },
        body,
      }),
    );
    expect(response.status).toBe(503);
    expectNoInternals(await response.text());
  });
});

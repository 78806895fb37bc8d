import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callOutbound } from "../resilience/outbound-policy";
import { createTestBusiness } from "../test/factories";
import { startTracing, type Tracing } from "./tracing-setup";

// A real OTLP/HTTP receiver on loopback, standing in for the collector: the spans a request
// makes must arrive there, with the request id, as one trace.
const state = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));

type OtlpValue = { stringValue?: string; intValue?: string | number };
type OtlpSpan = {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: OtlpValue }[];
};
type OtlpBody = {
  resourceSpans: {
    resource: { attributes: { key: string; value: OtlpValue }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
};

const received: { path: string; body: OtlpBody }[] = [];
let receiver: Server;
let tracing: Tracing;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: JSON.parse(body) as OtlpBody });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  tracing = startTracing({ endpoint: `http://127.0.0.1:${port}/`, serviceName: "execora-test" });
});

afterAll(async () => {
  await tracing.shutdown();
  trace.disable();
  await new Promise((resolve) => receiver.close(resolve));
});

const spans = () =>
  received.flatMap(({ body }) => body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
const attribute = (span: OtlpSpan | undefined, key: string) =>
  span?.attributes.find((a) => a.key === key)?.value;

describe("traces over OTLP/HTTP", () => {
  it("a tRPC request's spans reach the collector as one trace carrying the request id", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    const { POST } = await import("../http/routes/trpc");
    const call = (procedure: string, input: unknown, requestId: string) =>
      POST(
        new Request(`http://localhost/api/trpc/${procedure}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-request-id": requestId },
          body: JSON.stringify({ json: input }),
        }),
      );
    const created = await call("customers.create", { name: "Sunita Traced" }, "trace-test-setup");
    const customer = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data
      .json;
    const requestId = "trace-test-request-0001";
    const response = await call(
      "ledger.recordCredit",
      { customerId: customer.id, amountPaise: 25_000, idempotencyKey: `trace-${requestId}` },
      requestId,
    );
    expect(response.status).toBe(200);
    await tracing.flush();

    expect(received[0]?.path).toBe("/v1/traces");
    const serviceName = received[0]?.body.resourceSpans[0]?.resource.attributes.find(
      (a) => a.key === "service.name",
    );
    expect(serviceName?.value.stringValue).toBe("execora-test");
    const http = spans().find(
      (span) =>
        span.name === "POST /api/trpc" && attribute(span, "execora.request_id")?.stringValue === requestId,
    );
    const procedure = spans().find((span) => span.name === "trpc ledger.recordCredit");
    const transaction = spans().find(
      (span) => span.name === "domain transaction" && span.traceId === http?.traceId,
    );
    expect(attribute(http, "execora.request_id")?.stringValue).toBe(requestId);
    expect(Number(attribute(http, "http.response.status_code")?.intValue)).toBe(200);
    expect(attribute(procedure, "execora.request_id")?.stringValue).toBe(requestId);
    expect(procedure?.traceId).toBe(http?.traceId);
    expect(procedure?.parentSpanId).toBe(http?.spanId);
    expect(transaction?.parentSpanId).toBe(procedure?.spanId);
    expect(attribute(transaction, "execora.business_id")?.stringValue).toBe(shop.businessId);
  });

  it("an outbound call is a span with its dependency and outcome", async () => {
    await expect(
      callOutbound("smtp", { timeoutMs: 1_000, idempotent: false, retries: 0 }, async () => {
        throw Object.assign(new Error("550 mailbox unavailable"), { retryable: false });
      }),
    ).rejects.toThrow("550");
    await tracing.flush();
    const outbound = spans().find((span) => span.name === "outbound smtp");
    expect(attribute(outbound, "execora.dependency")?.stringValue).toBe("smtp");
    expect(attribute(outbound, "execora.outcome")?.stringValue).toBe("failed");
  });
});

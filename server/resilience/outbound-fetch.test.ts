import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboundFetch } from "./outbound-fetch";
import {
  BREAKER,
  CircuitOpenError,
  callOutbound,
  OutboundTimeoutError,
  outboundStats,
  resetOutboundForTests,
} from "./outbound-policy";

let server: Server | undefined;

/** A loopback provider answering each request with the next status (the last one repeats). */
async function provider(statuses: number[], options: { hang?: boolean } = {}) {
  const seen: string[] = [];
  const listening = createServer((request, response) => {
    seen.push(request.url ?? "");
    if (options.hang) return; // never answers
    const status = statuses[Math.min(seen.length - 1, statuses.length - 1)] ?? 200;
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ status }));
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}/send`, seen };
}

beforeEach(() => resetOutboundForTests());
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const post = { method: "POST", body: "{}" };
const stateOf = (dependency: string) =>
  outboundStats().states.find((s) => s.dependency === dependency)?.state;

describe("the outbound-call policy", () => {
  it("retries an idempotent call that got a 503 and returns the answer that worked", async () => {
    const stt = await provider([503, 200]);
    const response = await outboundFetch("stt", { timeoutMs: 2_000, idempotent: true }, stt.url, post);
    expect(response.status).toBe(200);
    expect(stt.seen).toHaveLength(2);
  });

  it("does not resend a message that may have gone out: the provider's 503 is returned after one try", async () => {
    const whatsapp = await provider([503, 200]);
    const response = await outboundFetch(
      "whatsapp",
      { timeoutMs: 2_000, idempotent: false },
      whatsapp.url,
      post,
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 503 });
    expect(whatsapp.seen).toHaveLength(1);
  });

  it("resends a message whose connection was refused (it never left), at most twice", async () => {
    let tries = 0;
    const refused = () => Object.assign(new Error("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const result = await callOutbound("sms", { timeoutMs: 1_000, idempotent: false }, async () => {
      tries += 1;
      if (tries < 3) throw refused();
      return "sent";
    });
    expect(result).toBe("sent");
    expect(tries).toBe(3);
  });

  it("gives up on a provider that does not answer within the timeout", async () => {
    const frozen = await provider([200], { hang: true });
    const started = Date.now();
    await expect(
      outboundFetch("whatsapp", { timeoutMs: 300, idempotent: false }, frozen.url, post),
    ).rejects.toBeInstanceOf(OutboundTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("opens the circuit after five failures in a row: the next call fails at once without reaching the provider", async () => {
    const whatsapp = await provider([500]);
    for (let i = 0; i < BREAKER.consecutiveFailures; i++) {
      await outboundFetch("whatsapp", { timeoutMs: 2_000, idempotent: false }, whatsapp.url, post);
    }
    expect(stateOf("whatsapp")).toBe("open");
    await expect(
      outboundFetch("whatsapp", { timeoutMs: 2_000, idempotent: false }, whatsapp.url, post),
    ).rejects.toBeInstanceOf(CircuitOpenError);
    expect(whatsapp.seen).toHaveLength(BREAKER.consecutiveFailures);
    // Another dependency's breaker is its own.
    const sms = await callOutbound("sms", { timeoutMs: 1_000, idempotent: false }, async () => "ok");
    expect(sms).toBe("ok");
    expect(outboundStats().calls).toContainEqual([
      "whatsapp",
      { ok: 0, failed: 5, timeout: 0, circuit_open: 1 },
    ]);
  });

  it("tries one call again after the open period and closes when it works", async () => {
    resetOutboundForTests(200);
    const whatsapp = await provider([500, 500, 500, 500, 500, 200]);
    for (let i = 0; i < BREAKER.consecutiveFailures; i++) {
      await outboundFetch("whatsapp", { timeoutMs: 2_000, idempotent: false }, whatsapp.url, post);
    }
    expect(stateOf("whatsapp")).toBe("open");
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await outboundFetch(
      "whatsapp",
      { timeoutMs: 2_000, idempotent: false },
      whatsapp.url,
      post,
    );
    expect(response.status).toBe(200);
    expect(stateOf("whatsapp")).toBe("closed");
  });

  it("a provider that refuses the request (4xx) is up: its answers never open the circuit", async () => {
    const whatsapp = await provider([400]);
    for (let i = 0; i < BREAKER.consecutiveFailures + 2; i++) {
      const response = await outboundFetch(
        "whatsapp",
        { timeoutMs: 2_000, idempotent: false },
        whatsapp.url,
        post,
      );
      expect(response.status).toBe(400);
    }
    expect(stateOf("whatsapp")).toBe("closed");
  });

  it("stops when the caller cancels, without retrying", async () => {
    const stt = await provider([200], { hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      outboundFetch("stt", { timeoutMs: 5_000, idempotent: true }, stt.url, {
        ...post,
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    expect(stt.seen).toHaveLength(1);
  });
});

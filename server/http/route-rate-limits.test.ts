import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { voiceTurnRefusal, webhookRefusal } from "./route-rate-limits";

function setEnv(name: string, value: string | null) {
  if (value === null) delete process.env[name];
  else process.env[name] = value;
  resetEnvForTests();
}

describe("route handlers outside tRPC are rate limited", () => {
  afterEach(() => {
    setEnv("VOICE_TURN_RATE_LIMIT_PER_MINUTE", null);
    setEnv("WEBHOOK_RATE_LIMIT_PER_MINUTE", null);
  });

  it("push-to-talk clips: per user, 429 with Retry-After once the minute's share is used", async () => {
    setEnv("VOICE_TURN_RATE_LIMIT_PER_MINUTE", "2");
    const [merchant, other] = [randomUUID(), randomUUID()];
    expect(await voiceTurnRefusal(merchant, "req-1")).toBeNull();
    expect(await voiceTurnRefusal(merchant, "req-2")).toBeNull();
    const refused = await voiceTurnRefusal(merchant, "req-3");
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused?.headers.get("ratelimit")).toMatch(/^limit=2, remaining=0, reset=\d+$/);
    expect(await refused?.json()).toEqual({
      error: "Too many voice commands. Wait a moment.",
      requestId: "req-3",
    });
    expect(await voiceTurnRefusal(other, "req-4")).toBeNull();
  });

  it("webhooks: per sending address and hook", async () => {
    setEnv("WEBHOOK_RATE_LIMIT_PER_MINUTE", "1");
    const from = (address: string) =>
      new Request("http://localhost/api/webhooks/whatsapp", { headers: { "x-forwarded-for": address } });
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    expect(await webhookRefusal(from(address), "whatsapp")).toBeNull();
    expect((await webhookRefusal(from(address), "whatsapp"))?.status).toBe(429);
    expect(await webhookRefusal(from(address), "livekit")).toBeNull();
    expect(await webhookRefusal(from(`${address}-b`), "whatsapp")).toBeNull();
  });
});

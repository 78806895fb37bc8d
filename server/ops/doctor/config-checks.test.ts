import { describe, expect, it } from "vitest";
import { configChecks } from "./config-checks";

const GOOD = {
  AUTH_SECRET: "q3N8vT1xLk0aZr7Yw2Pd5Hs9Gm4Jb6Ce",
  METRICS_TOKEN: "Xk29fLq8Vz3nRt7W",
  REDIS_URL: "redis://cache.internal:6379",
  WHATSAPP_ACCESS_TOKEN: "EAAG-real-looking-token-93jf",
  WHATSAPP_APP_SECRET: "f3a9c1d7e2b84a60",
  WHATSAPP_VERIFY_TOKEN: "verify-8f2k1m",
};
const byId = (variables: Record<string, string | undefined>) =>
  Object.fromEntries(configChecks(variables).map((check) => [check.id, check]));

describe("deployment checks of the environment", () => {
  it("passes a deployment with random secrets, a metrics token, Redis and its webhook secrets", () => {
    expect(configChecks(GOOD).map((check) => [check.id, check.status])).toEqual([
      ["secrets", "pass"],
      ["webhook-secrets", "pass"],
      ["metrics-token", "pass"],
      ["redis", "pass"],
    ]);
  });

  it("fails a published or placeholder secret and names it, with the command that makes a new one", () => {
    const checks = byId({
      ...GOOD,
      AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
      METRICS_TOKEN: "changeme-changeme",
    });
    expect(checks.secrets).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("AUTH_SECRET, METRICS_TOKEN"),
    });
    expect(checks.secrets?.fix).toContain("openssl rand -base64 32");
  });

  it("fails a missing AUTH_SECRET", () => {
    expect(byId({ ...GOOD, AUTH_SECRET: undefined }).secrets).toMatchObject({
      status: "fail",
      detail: "AUTH_SECRET is not set.",
    });
  });

  it("fails WhatsApp without the secret that signs its webhooks, and Inngest without its signing key", () => {
    const checks = byId({ ...GOOD, WHATSAPP_APP_SECRET: undefined, INNGEST_EVENT_KEY: "evt-key-1234" });
    expect(checks["webhook-secrets"]?.status).toBe("fail");
    expect(checks["webhook-secrets"]?.detail).toContain("WHATSAPP_APP_SECRET");
    expect(checks["webhook-secrets"]?.detail).toContain("INNGEST_SIGNING_KEY");
  });

  it("warns when metrics are open and when limits are counted per instance", () => {
    const checks = byId({ ...GOOD, METRICS_TOKEN: undefined, REDIS_URL: undefined });
    expect(checks["metrics-token"]).toMatchObject({
      status: "warn",
      fix: expect.stringContaining("METRICS_TOKEN"),
    });
    expect(checks.redis).toMatchObject({ status: "warn", fix: expect.stringContaining("REDIS_URL") });
  });
});

import { describe, expect, it } from "vitest";
import { metricsAccessAllowed } from "./metrics-access";

const TOKEN = "scrape-token-0123456789";

describe("metricsAccessAllowed", () => {
  it("allows any scrape when no token is configured", () => {
    expect(metricsAccessAllowed(null, undefined)).toBe(true);
  });

  it("requires the exact bearer token when one is configured", () => {
    expect(metricsAccessAllowed(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(metricsAccessAllowed(null, TOKEN)).toBe(false);
    expect(metricsAccessAllowed("Bearer ", TOKEN)).toBe(false);
    expect(metricsAccessAllowed(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(metricsAccessAllowed(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(metricsAccessAllowed(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(metricsAccessAllowed(TOKEN, TOKEN)).toBe(false);
  });
});

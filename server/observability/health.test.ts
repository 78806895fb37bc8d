import { afterAll, describe, expect, it } from "vitest";
import { createDb, db } from "../db";
import { checkReadiness } from "./health";
import { metrics } from "./metrics";

async function gaugeValue(name: string) {
  const metric = await metrics().registry.getSingleMetric(name)?.get();
  return metric?.values[0]?.value;
}

describe("checkReadiness", () => {
  const unreachable = createDb("postgresql://postgres@127.0.0.1:1/nowhere", 1);
  afterAll(() => unreachable.$disconnect());

  it("is ready when the database answers SELECT 1", async () => {
    const result = await checkReadiness(db());
    expect(result).toEqual({ ready: true, body: { status: "ok", checks: { database: "up" } } });
    expect(await gaugeValue("execora_database_up")).toBe(1);
  });

  it("reports the database down when it cannot be reached", async () => {
    const result = await checkReadiness(unreachable);
    expect(result).toEqual({
      ready: false,
      body: { status: "unavailable", checks: { database: "down" } },
    });
    expect(await gaugeValue("execora_database_up")).toBe(0);
  });

  it("treats a database slower than the timeout as down, without waiting for it", async () => {
    const hanging = { $queryRaw: () => new Promise<never>(() => {}) };
    const started = performance.now();
    const result = await checkReadiness(hanging, 100);
    expect(result.ready).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await gaugeValue("execora_database_check_seconds")).toBeGreaterThanOrEqual(0.09);
  });
});

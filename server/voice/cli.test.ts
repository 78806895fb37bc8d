import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function intentCli(...args: string[]) {
  return spawnSync("npm", ["run", "-s", "intent", "--", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run intent", () => {
  it("prints one JSON line in the documented shape", () => {
    const stdout = execFileSync(
      "npm",
      [
        "run",
        "-s",
        "intent",
        "--",
        "--now",
        "2026-03-11T10:30:00+05:30",
        "--customers",
        "Rahul Sharma,Priya Verma",
        "--products",
        "rice,oil",
        "Priya ka bill banao, 2 kilo chawal aur 1 litre tel",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? "");
    expect(Object.keys(result)).toEqual([
      "intent",
      "customer",
      "amountPaise",
      "items",
      "date",
      "phone",
      "confidence",
    ]);
    expect(result).toMatchObject({
      intent: "create_invoice",
      customer: "Priya Verma",
      amountPaise: null,
      items: [
        { product: "rice", quantity: 2, unit: "kg" },
        { product: "oil", quantity: 1, unit: "litre" },
      ],
      date: null,
      phone: null,
    });
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it("fails with usage help when the utterance or --now is missing or bad", () => {
    expect(intentCli("--now", "2026-03-11T10:30:00+05:30").status).toBe(2);
    const bad = intentCli("--now", "not a date", "Rahul ne 500 diye");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage:");
  });
});

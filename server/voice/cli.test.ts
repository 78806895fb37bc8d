import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
      "note",
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

  it("reads a JSONL batch, one result line per input line, and survives a line it cannot read", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "intent-")), "batch.jsonl");
    const lines = [
      { text: "kal Priya ne 100 diye the doodh ke liye" },
      { text: "aaj kitna paisa aaya" },
      { text: "-500 Priya ne diye" },
    ].map((line) => JSON.stringify(line));
    writeFileSync(file, `${lines.join("\n")}\nnot json\n`);
    const run = intentCli(
      "--now",
      "2026-12-03T10:30:00+05:30",
      "--customers",
      "Priya Verma",
      "--batch",
      file,
    );
    expect(run.status).toBe(0);
    const [dated, collections, negative, bad] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(dated).toMatchObject({
      intent: "record_payment",
      customer: "Priya Verma",
      amountPaise: 10000,
      date: "2026-12-02",
      note: "doodh ke liye",
    });
    expect(collections).toMatchObject({ intent: "get_collections", date: "2026-12-03" });
    // A minus sign is asked about, never read as ₹500.
    expect(negative.amountPaise).toBeNull();
    expect(negative.confidence).toBeLessThan(0.7);
    expect(bad.error).toContain("text");
  });

  it("takes an utterance that starts with a dash as the utterance, not an option", () => {
    const run = intentCli(
      "--now",
      "2026-12-03T10:30:00+05:30",
      "--customers",
      "Priya Verma",
      "-500 Priya ne diye",
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ intent: "record_payment", amountPaise: null });
  });
});

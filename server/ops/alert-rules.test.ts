import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { businessMetrics } from "../observability/business-metrics";
import { checkReadiness } from "../observability/health";
import { metrics } from "../observability/metrics";

const root = path.resolve(import.meta.dirname, "../..");
const rulesFile = path.join(root, "ops/prometheus/alerts.yml");
type Rule = { alert: string; expr: string; annotations?: { runbook_url?: string; summary?: string } };
const rules = (parse(readFileSync(rulesFile, "utf8")) as { groups: { rules: Rule[] }[] }).groups.flatMap(
  (group) => group.rules,
);
const dashboard = JSON.parse(readFileSync(path.join(root, "ops/grafana/execora-dashboard.json"), "utf8")) as {
  panels: { title: string; targets: { expr: string }[] }[];
};

// Series Prometheus makes itself, and the agent worker's own registry (agent/metrics-server.ts).
const PROMETHEUS_SERIES = new Set(["up"]);

/** Every series name the app exports (histograms as _bucket, _sum and _count). */
async function exportedNames(): Promise<Set<string>> {
  businessMetrics();
  await checkReadiness({ $queryRaw: async () => [1] });
  const names = new Set<string>();
  for (const metric of await metrics().registry.getMetricsAsJSON()) {
    names.add(metric.name);
    // The JSON carries the type's name ("histogram"), whatever prom-client's enum type says.
    if ((metric.type as unknown as string) === "histogram")
      for (const suffix of ["_bucket", "_sum", "_count"]) names.add(metric.name + suffix);
  }
  return names;
}

const seriesIn = (expr: string) =>
  [...expr.matchAll(/\b(execora_[a-z_]+|up)\b(?=\s*[{[)\s]|$)/g)].map((m) => m[1] as string);

describe("ops/prometheus alert rules", () => {
  it("pass promtool check rules and promtool's unit tests (ops/prometheus/alerts.test.yml)", () => {
    // promtool comes from Debian's prometheus package (.ci/run installs it).
    const check = execFileSync("promtool", ["check", "rules", rulesFile], { encoding: "utf8" });
    expect(check).toMatch(new RegExp(`SUCCESS: ${rules.length} rules found`));
    const test = execFileSync("promtool", ["test", "rules", "alerts.test.yml"], {
      cwd: path.join(root, "ops/prometheus"),
      encoding: "utf8",
    });
    expect(test).toContain("SUCCESS");
  });

  it("name only metrics the app exports, and every alert is unit-tested", async () => {
    const exported = await exportedNames();
    const tests = readFileSync(path.join(root, "ops/prometheus/alerts.test.yml"), "utf8");
    for (const rule of rules) {
      const used = seriesIn(rule.expr);
      expect({ alert: rule.alert, used: used.length > 0 }).toEqual({ alert: rule.alert, used: true });
      for (const name of used) {
        expect({
          alert: rule.alert,
          name,
          exported: exported.has(name) || PROMETHEUS_SERIES.has(name),
        }).toEqual({
          alert: rule.alert,
          name,
          exported: true,
        });
      }
      expect(tests).toContain(`alertname: ${rule.alert}`);
    }
  });

  it("link a runbook that exists; every runbook belongs to an alert", () => {
    const linked = new Set<string>();
    for (const rule of rules) {
      const url = rule.annotations?.runbook_url ?? "";
      expect({ alert: rule.alert, url }).toEqual({
        alert: rule.alert,
        url: expect.stringMatching(/^docs\/runbooks\/[a-z-]+\.md$/),
      });
      expect({ alert: rule.alert, exists: existsSync(path.join(root, url)) }).toEqual({
        alert: rule.alert,
        exists: true,
      });
      linked.add(path.basename(url));
    }
    const pages = readdirSync(path.join(root, "docs/runbooks")).filter((name) => name !== "README.md");
    expect(pages.sort()).toEqual([...linked].sort());
    const index = readFileSync(path.join(root, "docs/runbooks/README.md"), "utf8");
    for (const rule of rules) expect(index).toContain(rule.alert);
  });

  it("the Grafana dashboard charts only exported metrics", async () => {
    const exported = await exportedNames();
    for (const panel of dashboard.panels) {
      for (const target of panel.targets) {
        for (const name of seriesIn(target.expr)) {
          expect({
            panel: panel.title,
            name,
            exported: exported.has(name) || PROMETHEUS_SERIES.has(name),
          }).toEqual({
            panel: panel.title,
            name,
            exported: true,
          });
        }
      }
    }
  });
});

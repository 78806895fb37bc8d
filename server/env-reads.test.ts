import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCANNED = [
  "app",
  "server",
  "agent",
  "components",
  "lib",
  "scripts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "next.config.js",
  "prisma.config.ts",
  "playwright.config.ts",
];

/**
 * The only files besides server/env.ts that may touch `process.env`, each with why. They run
 * before the app (and so before env() can validate anything) or arrange the environment for it.
 */
const ALLOWED: Record<string, string> = {
  "server/env.ts": "the one place the app reads its environment (validated with zod)",
  "instrumentation.ts":
    "NEXT_RUNTIME must be written literally so Next.js can drop the Node.js branch from the Edge bundle",
  "scripts/start.ts":
    "npm start: fills defaults (port, AUTH_SECRET, embedded DATABASE_URL) before the app boots",
  "scripts/runtime/next-process.ts":
    "starts `next` as a child process with the environment start.ts prepared",
  "scripts/e2e-server.ts":
    "Playwright's server: creates the e2e database and sets its variables before the app boots",
  "scripts/seed-demo.ts":
    "CLI run outside the app: needs DATABASE_URL and an AUTH_SECRET before it loads server code",
  "scripts/seed-large.ts":
    "CLI run outside the app: needs DATABASE_URL and an AUTH_SECRET before it loads server code",
  "scripts/new-migration.ts": "developer CLI: hands DATABASE_URL to the Prisma CLI it spawns",
  "scripts/db-backup.ts": "operator CLI: DATABASE_URL names the database to dump; the app is not loaded",
  "scripts/db-restore.ts": "operator CLI: DATABASE_URL names the database to replace; the app is not loaded",
  "scripts/load/load-cluster.ts":
    "load-test CLI: starts two app instances with the environment it prepares (fresh database, Redis db 14)",
  "scripts/doctor.ts":
    "operator CLI: checks the environment it is run with (a deployment's), which may not pass env() at all",
  "scripts/bench/voice-room.ts":
    "benchmark CLI: points the domain code at BENCH_DATABASE_URL and hands PATH/HOME to the agent worker it starts",
  "scripts/bench/large-shop.ts":
    "benchmark CLI: BENCH_DATABASE_URL names the database to fill, never the app's",
  "prisma.config.ts": "read by the Prisma CLI (migrate, generate), which never loads the app",
  "playwright.config.ts": "read by Playwright's runner (port, CI, browser path), which never loads the app",
  "server/test/global-setup.ts": "Vitest global setup: creates the test database before any app module loads",
  "server/test/setup-env.ts": "Vitest setup: hands the test database and a test AUTH_SECRET to env()",
  "server/voice/livekit/test-livekit-env.ts":
    "test helper: sets the LIVEKIT_* variables env() then validates",
};

// Tests arrange the environment that env() validates (setting SMTP_URL, METRICS_TOKEN…); they
// are never part of the running app, so *.test.ts files are not scanned.
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
const READS_ENV = /\bprocess\s*(\.\s*env\b|\[\s*["'`]env["'`]\s*\])/;

function codeFiles(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return CODE.test(entry) ? [entry] : [];
  return readdirSync(full).flatMap((name) => codeFiles(root, `${entry}/${name}`));
}

/** Files (relative to root) that read `process.env` without being on the allow-list. */
function strayEnvReads(root: string, allowed = ALLOWED): string[] {
  return SCANNED.flatMap((entry) => codeFiles(root, entry))
    .filter((file) => !isTest(file) && !(file in allowed))
    .filter((file) => READS_ENV.test(readFileSync(path.join(root, file), "utf8")));
}

describe("environment variables are read only through server/env.ts", () => {
  it("no file outside the allow-list reads process.env", () => {
    expect(strayEnvReads(ROOT)).toEqual([]);
  });

  it("every allow-listed file still exists and still needs its exception", () => {
    for (const file of Object.keys(ALLOWED)) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      expect({ file, readsEnv: READS_ENV.test(source) }).toEqual({ file, readsEnv: true });
    }
  });

  it("catches a stray read, however it is spelled", () => {
    const root = mkdtempSync(path.join(tmpdir(), "execora-env-scan-"));
    mkdirSync(path.join(root, "server/api"), { recursive: true });
    mkdirSync(path.join(root, "components"), { recursive: true });
    writeFileSync(path.join(root, "server/api/limits.ts"), "export const n = Number(process.env.X ?? 1);\n");
    writeFileSync(path.join(root, "components/flag.tsx"), 'export const on = process["env"].FLAG;\n');
    writeFileSync(path.join(root, "server/api/limits.test.ts"), "process.env.X = '2';\n");
    writeFileSync(path.join(root, "server/env.ts"), "export const raw = process.env;\n");
    expect(strayEnvReads(root).sort()).toEqual(["components/flag.tsx", "server/api/limits.ts"]);
  });

  it("browser code never imports server/env.ts (NEXT_PUBLIC_* would be the only way in)", () => {
    const browserFiles = [
      ...codeFiles(ROOT, "components"),
      ...codeFiles(ROOT, "lib"),
      ...codeFiles(ROOT, "app"),
    ]
      .filter((file) => !isTest(file))
      .filter((file) => {
        const source = readFileSync(path.join(ROOT, file), "utf8");
        return (
          file.startsWith("components/") || file.startsWith("lib/") || /^["']use client["']/.test(source)
        );
      });
    const importsEnv = browserFiles.filter((file) =>
      /from\s+["'](@\/server\/env|(\.\.\/)+server\/env)["']/.test(
        readFileSync(path.join(ROOT, file), "utf8"),
      ),
    );
    expect(importsEnv).toEqual([]);
  });
});

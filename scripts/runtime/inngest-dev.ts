import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-ports";

export type InngestDevServer = {
  /** For the app: send events to this dev server, which calls back /api/inngest. */
  env: { INNGEST_DEV: "1"; INNGEST_BASE_URL: string };
  url: string;
  stop(): Promise<void>;
};

export const SCHEDULER_HINT =
  "Reminders: no scheduler (Inngest) found, so they wait in the outbox and the reminders page's " +
  '"Send now" sends them. With internet: run `npx inngest-cli dev -u http://localhost:3000/api/inngest` ' +
  "and start the app with INNGEST_DEV=1 (README: Reminders).";

const CLI_NAMES = ["inngest-cli", "inngest"];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Inngest CLI in node_modules/.bin, else on PATH; undefined when neither has it. */
export function findInngestCli(root: string, pathVariable: string): string | undefined {
  const dirs = [
    path.join(root, "node_modules", ".bin"),
    ...pathVariable.split(path.delimiter).filter(Boolean),
  ];
  for (const dir of dirs) {
    for (const name of CLI_NAMES) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The user already chose a scheduler (Cloud keys, a self-hosted URL, or their own dev server). */
export function schedulerChosen(env: Record<string, string | undefined>): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL || env.INNGEST_DEV);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Inngest dev server exited with code ${child.exitCode}`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Inngest dev server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * `npm start` with an Inngest CLI on the machine: its dev server on a free loopback port,
 * registered with this app's /api/inngest (no port scanning), output in <logDir>/inngest.log.
 */
export async function startInngestDevServer(options: {
  cli: string;
  appUrl: string;
  logDir: string;
  port?: number;
  timeoutMs?: number;
}): Promise<InngestDevServer> {
  const port = options.port ?? (await freePort());
  mkdirSync(options.logDir, { recursive: true });
  const log = createWriteStream(path.join(options.logDir, "inngest.log"), { flags: "a" });
  const serveUrl = new URL("/api/inngest", options.appUrl).toString();
  const child = spawn(options.cli, ["dev", "-u", serveUrl, "--port", String(port), "--no-discovery"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitForServer(url, child, options.timeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: { INNGEST_DEV: "1", INNGEST_BASE_URL: url }, url, stop };
}

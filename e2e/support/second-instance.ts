import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request } from "@playwright/test";

// Another `next start` of the same build on the main e2e server's database and AUTH_SECRET
// (written by scripts/e2e-server.ts): two instances behind one load balancer.
const root = path.resolve(import.meta.dirname, "..", "..");

export type SecondInstance = { url: string; process: ChildProcess; output: () => string };

export async function startSecondInstance(port: number): Promise<SecondInstance> {
  const shared = JSON.parse(readFileSync(path.join(root, ".data", "e2e-second-instance.json"), "utf8"));
  const url = `http://localhost:${port}`;
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...shared, APP_URL: url, NODE_ENV: "production", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`second instance exited:\n${output}`);
        return fetch(`${url}/api/health/ready`).then(
          (response) => response.status,
          () => 0,
        );
      },
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(200);
  return { url, process: child, output: () => output };
}

/** The exit code (or 128 + signal) once the process has ended. */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(128);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0))));
}

/** An API client signed in as `email` on the instance at `baseURL` (Auth.js credentials). */
export async function signedInClient(
  baseURL: string,
  email: string,
  password: string,
): Promise<APIRequestContext> {
  const client = await request.newContext({ baseURL });
  const csrf = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await client.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken: csrf.csrfToken, callbackUrl: "/" },
  });
  expect((await client.get("/api/trpc/auth.me")).status(), `signed in as ${email} on ${baseURL}`).toBe(200);
  return client;
}

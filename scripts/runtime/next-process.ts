import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const nextBin = () => path.join(process.cwd(), "node_modules", ".bin", "next");
const running = new Set<ChildProcess>();

/** `next <args>` in the foreground with this process's environment. */
export function startNext(args: string[]): ChildProcess {
  const child = spawn(nextBin(), args, { stdio: "inherit", env: process.env });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

/** Stops whatever Next.js process is still running (a build when start-up is interrupted). */
export function stopNextProcesses(signal: NodeJS.Signals = "SIGTERM") {
  for (const child of running) child.kill(signal);
}

export function runToCompletion(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = startNext(args);
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Poll liveness until the server answers; false if the process exits first. */
export async function waitUntilServing(
  port: string,
  child: ChildProcess,
  timeoutMs = 180_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      const response = await fetch(`http://localhost:${port}/api/health/live`, {
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

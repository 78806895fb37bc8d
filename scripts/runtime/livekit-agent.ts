import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { stopProcessGroup } from "./livekit-server";

export type AgentWorker = {
  process: ChildProcess;
  /** true once the worker has registered with the LiveKit server; false if it exited first or timed out. */
  registered: Promise<boolean>;
  stop(): Promise<void>;
};

/**
 * One voice agent worker (`agent/main.ts start`, as `npm run agent:start` runs it) with the
 * environment given: the app's database and AUTH_SECRET plus the LIVEKIT_* of the server.
 * Its own process group, so stopping it also stops its job processes.
 */
export function startAgentWorker(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  onOutput?: (chunk: Buffer) => void;
  timeoutMs?: number;
}): AgentWorker {
  const tsx = path.join(options.root, "node_modules", ".bin", "tsx");
  // --log-level: its "registered worker" line is how we know it is up, whatever LOG_LEVEL says (and
  // the framework refuses LOG_LEVEL=silent, which the app accepts).
  const child = spawn(tsx, ["agent/main.ts", "start", "--log-level", "info"], {
    cwd: options.root,
    // server/db.ts imports "server-only", which only the react-server condition lets through.
    env: { ...options.env, NODE_OPTIONS: "--conditions=react-server" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const onOutput = options.onOutput ?? (() => {});
  const registered = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), options.timeoutMs ?? 60_000);
    const watch = (chunk: Buffer) => {
      onOutput(chunk);
      if (chunk.toString("utf8").includes("registered worker")) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout?.on("data", watch);
    child.stderr?.on("data", watch);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  return { process: child, registered, stop: () => stopProcessGroup(child) };
}

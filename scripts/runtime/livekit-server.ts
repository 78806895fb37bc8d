import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { portsInUse } from "./free-ports";

/** Ports of the local server: not LiveKit's defaults (7880/7882), so a developer's own server can run too. */
export const LIVEKIT_PORTS = { signal: 7890, rtcUdp: 7892 } as const;
export type LiveKitPorts = { signal: number; rtcUdp: number };

export type LiveKitServer = {
  url: string;
  apiKey: string;
  apiSecret: string;
  process: ChildProcess;
  stop(): Promise<void>;
};

/** The pinned version's binary that `bash scripts/livekit/install.sh` builds, or null when absent. */
export function installedLiveKitServer(root: string): string | null {
  const version = readFileSync(path.join(root, "scripts", "livekit", "version"), "utf8").trim();
  const binary = path.join(root, ".tools", "livekit", version, "livekit-server");
  return existsSync(binary) ? binary : null;
}

/** A fresh key and secret for this run (never the public dev defaults devkey/secret). */
export function generatedKeys() {
  return { apiKey: `API${randomBytes(6).toString("hex")}`, apiSecret: randomBytes(32).toString("base64url") };
}

/**
 * The YAML config: loopback only, fixed ports, the run's key, no TURN, info logs. Media goes over
 * one UDP port on lo (without the interface and IP filters the server binds it on every address);
 * no ICE-TCP port, because livekit-server listens on that one on all interfaces whatever it is told.
 */
export function liveKitConfig(ports: LiveKitPorts, keys: { apiKey: string; apiSecret: string }) {
  return [
    `port: ${ports.signal}`,
    "bind_addresses:",
    "  - 127.0.0.1",
    "rtc:",
    "  tcp_port: 0",
    `  udp_port: ${ports.rtcUdp}`,
    "  use_external_ip: false",
    "  node_ip: 127.0.0.1",
    "  enable_loopback_candidate: true",
    "  interfaces:",
    "    includes: [lo]",
    "  ips:",
    "    includes: [127.0.0.1/8]",
    "turn:",
    "  enabled: false",
    "keys:",
    `  ${keys.apiKey}: ${keys.apiSecret}`,
    "logging:",
    "  level: info",
    "",
  ].join("\n");
}

/**
 * Starts livekit-server in dev mode on 127.0.0.1 with a config written to `configDir` (mode 600:
 * it holds the secret) and resolves once it answers HTTP. Output goes to `onOutput`.
 */
export async function startLiveKitServer(options: {
  binary: string;
  configDir: string;
  ports?: LiveKitPorts;
  onOutput?: (chunk: Buffer) => void;
  timeoutMs?: number;
}): Promise<LiveKitServer> {
  const ports = options.ports ?? LIVEKIT_PORTS;
  const busy = await portsInUse(ports);
  if (busy.length > 0) {
    throw new Error(`LiveKit server ports already in use on 127.0.0.1: ${busy.join(", ")}`);
  }
  const keys = generatedKeys();
  mkdirSync(options.configDir, { recursive: true });
  const configFile = path.join(options.configDir, "livekit.yaml");
  writeFileSync(configFile, liveKitConfig(ports, keys), { mode: 0o600 });
  const child = spawn(
    options.binary,
    ["--dev", "--config", configFile, "--bind", "127.0.0.1", "--node-ip", "127.0.0.1"],
    // Its own process group: Ctrl+C reaches npm start, which stops the server in order.
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const onOutput = options.onOutput ?? (() => {});
  child.stdout?.on("data", onOutput);
  child.stderr?.on("data", onOutput);
  const server: LiveKitServer = {
    url: `ws://127.0.0.1:${ports.signal}`,
    ...keys,
    process: child,
    stop: () => stopProcessGroup(child),
  };
  if (!(await answers(`http://127.0.0.1:${ports.signal}/`, child, options.timeoutMs ?? 30_000))) {
    await server.stop();
    throw new Error(`livekit-server did not answer on 127.0.0.1:${ports.signal} (exit ${child.exitCode})`);
  }
  return server;
}

async function answers(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return false;
}

/**
 * SIGINT to the child's group; a second SIGINT after 2 s (livekit-server then stops without
 * waiting: right after start its graceful stop sometimes never returns); SIGKILL after `graceMs`.
 * Resolves when it has exited.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // already gone
    }
  };
  signal("SIGINT");
  const again = setTimeout(() => signal("SIGINT"), 2_000);
  const kill = setTimeout(() => signal("SIGKILL"), graceMs);
  await exited;
  clearTimeout(again);
  clearTimeout(kill);
}

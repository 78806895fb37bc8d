import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freeLiveKitPorts, freePort } from "./free-ports";
import { startAgentWorker } from "./livekit-agent";
import { installedLiveKitServer, startLiveKitServer } from "./livekit-server";

export type E2eVoiceRoom = {
  /** The "worker crashed" case: kills the agent worker and its jobs at once, then starts a new one. */
  crashAndRestartAgent(): Promise<void>;
  env: {
    LIVEKIT_URL: string;
    LIVEKIT_API_KEY: string;
    LIVEKIT_API_SECRET: string;
    LIVEKIT_AGENT_NAME: string;
  };
  stop(): Promise<void>;
};

/**
 * Playwright's voice-room server: the real livekit-server on free loopback ports and one real
 * agent worker (local speech, no LLM) on the e2e database, logs in <logFile>. Fails loudly when
 * livekit-server is not installed: `.ci/run` installs it, and these tests must not skip silently.
 */
export async function startE2eVoiceRoom(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
}): Promise<E2eVoiceRoom> {
  const binary = installedLiveKitServer(options.root);
  if (!binary) throw new Error("livekit-server is not installed: run bash scripts/livekit/install.sh");
  const log = createWriteStream(options.logFile, { flags: "a" });
  const configDir = await mkdtemp(path.join(tmpdir(), "execora-e2e-room-"));
  const server = await startLiveKitServer({
    binary,
    configDir,
    ports: await freeLiveKitPorts(),
    onOutput: (chunk) => log.write(chunk),
  });
  const env = {
    LIVEKIT_URL: server.url,
    LIVEKIT_API_KEY: server.apiKey,
    LIVEKIT_API_SECRET: server.apiSecret,
    LIVEKIT_AGENT_NAME: `execora-e2e-${process.pid}`,
  };
  const startWorker = async () => {
    const worker = startAgentWorker({
      root: options.root,
      env: {
        ...options.env,
        ...env,
        AGENT_HTTP_HOST: "127.0.0.1",
        AGENT_HTTP_PORT: String(await freePort()),
        AGENT_IDLE_PROCESSES: "2",
        AGENT_LOAD_THRESHOLD: "none",
      },
      onOutput: (chunk) => log.write(chunk),
    });
    if (!(await worker.registered))
      throw new Error(`the agent worker did not register (log: ${options.logFile})`);
    return worker;
  };
  let worker = await startWorker();
  return {
    env,
    async crashAndRestartAgent() {
      // SIGKILL to the whole group: the worker and its job processes die without leaving their rooms.
      if (worker.process.pid) process.kill(-worker.process.pid, "SIGKILL");
      await worker.stop();
      worker = await startWorker();
    },
    async stop() {
      await worker.stop();
      await server.stop();
      log.end();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}

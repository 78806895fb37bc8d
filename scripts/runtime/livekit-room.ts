import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-ports";
import { startAgentWorker } from "./livekit-agent";
import {
  installedLiveKitServer,
  LIVEKIT_PORTS,
  type LiveKitPorts,
  type LiveKitServer,
  startLiveKitServer,
} from "./livekit-server";
import { step } from "./output";

export type LocalVoiceRoom = {
  /** For the app and the agent worker: where the server is and this run's key. */
  env: { LIVEKIT_URL: string; LIVEKIT_API_KEY: string; LIVEKIT_API_SECRET: string };
  stop(): Promise<void>;
};

export const INSTALL_HINT =
  "Voice uses the offline clip path. For the LiveKit room path: bash scripts/livekit/install.sh";

/**
 * `npm start` without LIVEKIT_URL: the local LiveKit server and one agent worker, their output in
 * .data/livekit/*.log. Undefined (the offline clip path, said in one line) when livekit-server is
 * not installed or cannot start; start-up goes on either way.
 */
export async function startLocalVoiceRoom(options: {
  root: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Tests only: ports of their own, beside a developer's `npm start`. */
  ports?: LiveKitPorts;
}): Promise<LocalVoiceRoom | undefined> {
  const binary = installedLiveKitServer(options.root);
  if (!binary) {
    console.log(INSTALL_HINT);
    return undefined;
  }
  const logDir = path.join(options.dataDir, "livekit");
  mkdirSync(logDir, { recursive: true });
  const serverLog = createWriteStream(path.join(logDir, "server.log"), { flags: "a" });
  let server: LiveKitServer;
  try {
    const ports = options.ports ?? LIVEKIT_PORTS;
    server = await step(`Starting the LiveKit server (127.0.0.1:${ports.signal}, this run's key)`, () =>
      startLiveKitServer({ binary, configDir: logDir, ports, onOutput: (chunk) => serverLog.write(chunk) }),
    );
  } catch (error) {
    console.log(`${error instanceof Error ? error.message : error}. Voice uses the offline clip path.`);
    serverLog.end();
    return undefined;
  }
  const env = {
    LIVEKIT_URL: server.url,
    LIVEKIT_API_KEY: server.apiKey,
    LIVEKIT_API_SECRET: server.apiSecret,
  };
  const agentLog = createWriteStream(path.join(logDir, "agent.log"), { flags: "a" });
  const agent = startAgentWorker({
    root: options.root,
    // Its status server on loopback at a free port; one warm job process is plenty for one shop.
    env: {
      ...options.env,
      ...env,
      AGENT_HTTP_HOST: "127.0.0.1",
      AGENT_HTTP_PORT: String(await freePort()),
      AGENT_IDLE_PROCESSES: options.env.AGENT_IDLE_PROCESSES ?? "1",
      AGENT_LOAD_THRESHOLD: options.env.AGENT_LOAD_THRESHOLD ?? "none",
    },
    onOutput: (chunk) => agentLog.write(chunk),
  });
  let stopping = false;
  void agent.registered.then((registered) => {
    if (stopping) return;
    console.log(
      registered
        ? "Voice agent worker registered with the LiveKit server (log: .data/livekit/agent.log)"
        : "The voice agent worker did not start: see .data/livekit/agent.log",
    );
  });
  agent.process.once("exit", (code, signal) => {
    if (!stopping)
      console.log(`The voice agent worker stopped (${signal ?? code}): see .data/livekit/agent.log`);
  });
  return {
    env,
    async stop() {
      stopping = true;
      // The worker first: it leaves its rooms while the server is still there to hear it.
      await agent.stop();
      await server.stop();
      agentLog.end();
      serverLog.end();
    },
  };
}

import { fileURLToPath } from "node:url";
import { cli, defineAgent, type JobProcess, WorkerOptions } from "@livekit/agents";
import * as silero from "@livekit/agents-plugin-silero";
import { env } from "../server/env";
import { agentConfig } from "./config";
import { runVoiceJob } from "./entry";
import { startAgentMetricsServer } from "./metrics-server";

// Drain on SIGTERM (`start`, production): the framework stops taking jobs and waits for running
// sessions up to this long, then closes each job, whose shutdown callback finishes the turn in
// flight and disconnects Prisma (entry.ts). Voice tokens live 10 minutes, so sessions do too.
const DRAIN_TIMEOUT_MS = 11 * 60_000;
const PROCESS_START_TIMEOUT_MS = 60_000;

export default defineAgent({
  prewarm: async (proc: JobProcess) => {
    proc.userData.vad = await silero.VAD.load();
  },
  entry: runVoiceJob,
});

// Only when run as the worker (`tsx agent/main.ts dev|start`), not when a job process imports it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const settings = env();
  if (settings.AGENT_METRICS_PORT)
    startAgentMetricsServer(settings.AGENT_HTTP_HOST, settings.AGENT_METRICS_PORT, settings.METRICS_TOKEN);
  cli.runApp(
    new WorkerOptions({
      agent: fileURLToPath(import.meta.url),
      agentName: agentConfig(settings).agentName,
      drainTimeout: DRAIN_TIMEOUT_MS,
      host: settings.AGENT_HTTP_HOST,
      port: settings.AGENT_HTTP_PORT,
      numIdleProcesses: settings.AGENT_IDLE_PROCESSES,
      loadThreshold: settings.AGENT_LOAD_THRESHOLD,
      // The LiveKit server also weighs workers by the load they report and sends no job to one at
      // its target load (0.7), so "never refuse for load" must also report none.
      ...(settings.AGENT_LOAD_THRESHOLD === Number.POSITIVE_INFINITY ? { loadFunc: async () => 0 } : {}),
      // A job process loads tsx, the domain code and Silero: more than the default 10 s on 2 busy cores.
      initializeProcessTimeout: PROCESS_START_TIMEOUT_MS,
    }),
  );
}

import client from "prom-client";
import type { VoiceChannel } from "@/generated/prisma/enums";
import { poolStats } from "../db";
import { outboundStats } from "../resilience/outbound-policy";

const CIRCUIT_STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

// One registry per process, kept on globalThis so Next.js dev reloads do not register twice.
const globalForMetrics = globalThis as unknown as { execoraMetrics?: ReturnType<typeof createMetrics> };

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "execora_" });
  return {
    registry,
    httpRequests: new client.Counter({
      name: "execora_http_requests_total",
      help: "HTTP requests by route and status",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "execora_http_request_duration_seconds",
      help: "HTTP request latency by route",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    dbPool: new client.Gauge({
      name: "execora_db_pool_connections",
      help: "Database pool connections by state (total, idle, waiting clients)",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        if (!stats) return;
        this.set({ state: "total" }, stats.total);
        this.set({ state: "idle" }, stats.idle);
        this.set({ state: "waiting" }, stats.waiting);
      },
    }),
    circuitState: new client.Gauge({
      name: "execora_circuit_breaker_state",
      help: "Outbound circuit breaker per dependency: 0 closed, 1 half-open (one trial call), 2 open (calls fail at once)",
      labelNames: ["dependency"] as const,
      registers: [registry],
      collect() {
        for (const { dependency, state } of outboundStats().states) {
          this.set({ dependency }, CIRCUIT_STATE_VALUE[state]);
        }
      },
    }),
    outboundCalls: new client.Counter({
      name: "execora_outbound_calls_total",
      help: "Calls to outside services by dependency and outcome (ok, failed, timeout, circuit_open)",
      labelNames: ["dependency", "outcome"] as const,
      registers: [registry],
      collect() {
        // The tallies are kept by server/resilience (which has no metrics dependency): copy them.
        this.reset();
        for (const [dependency, tally] of outboundStats().calls) {
          for (const [outcome, count] of Object.entries(tally)) {
            if (count > 0) this.inc({ dependency, outcome }, count);
          }
        }
      },
    }),
    voiceStage: new client.Histogram({
      name: "execora_voice_stage_seconds",
      help: "Voice turn latency per stage (stt, parse, execute, total) by channel (TYPED, OFFLINE, LIVEKIT)",
      labelNames: ["stage", "channel"] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    voiceFirstAudio: new client.Histogram({
      name: "execora_voice_release_to_first_audio_seconds",
      help: "Push-to-talk release to the first reply audio, as the merchant's browser measured it, by channel",
      labelNames: ["channel"] as const,
      buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30],
      registers: [registry],
    }),
    trpcCalls: new client.Counter({
      name: "execora_trpc_calls_total",
      help: "tRPC procedure calls by path and result code",
      labelNames: ["path", "code"] as const,
      registers: [registry],
    }),
    trpcDuration: new client.Histogram({
      name: "execora_trpc_call_duration_seconds",
      help: "tRPC procedure latency",
      labelNames: ["path"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

export function metrics() {
  globalForMetrics.execoraMetrics ??= createMetrics();
  return globalForMetrics.execoraMetrics;
}

export function recordTrpcCall(path: string, code: string, durationMs: number) {
  const m = metrics();
  m.trpcCalls.inc({ path, code });
  m.trpcDuration.observe({ path }, durationMs / 1000);
}

export function recordHttpRequest(route: string, method: string, status: number, durationMs: number) {
  const m = metrics();
  m.httpRequests.inc({ route, method, status: String(status) });
  m.httpDuration.observe({ route, method }, durationMs / 1000);
}

/** Per-stage latency of one voice turn, so production p50/p95 per stage come from the histogram. */
export function recordVoiceTurnLatency(
  channel: VoiceChannel,
  stages: { sttMs: number | null; parseMs: number; executeMs: number; totalMs: number },
) {
  const histogram = metrics().voiceStage;
  if (stages.sttMs !== null) histogram.observe({ stage: "stt", channel }, stages.sttMs / 1000);
  histogram.observe({ stage: "parse", channel }, stages.parseMs / 1000);
  histogram.observe({ stage: "execute", channel }, stages.executeMs / 1000);
  histogram.observe({ stage: "total", channel }, stages.totalMs / 1000);
}

/** Release-to-first-audio of one voice turn, so production p50/p95 come from the histogram. */
export function recordReleaseToFirstAudio(channel: VoiceChannel, firstAudioMs: number) {
  metrics().voiceFirstAudio.observe({ channel }, firstAudioMs / 1000);
}

import client from "prom-client";
import { metrics } from "./metrics";

export const READY_TIMEOUT_MS = 2_000;

/** The one thing readiness needs from the database: a round trip. Prisma's client satisfies it. */
export type DatabaseProbe = { $queryRaw: (query: TemplateStringsArray) => PromiseLike<unknown> };

export type Readiness =
  | { ready: true; body: { status: "ok"; checks: { database: "up" } } }
  | { ready: false; body: { status: "unavailable"; checks: { database: "down" } } };

const globalForGauges = globalThis as unknown as { execoraHealthGauges?: ReturnType<typeof createGauges> };

function createGauges() {
  const { registry } = metrics();
  return {
    up: new client.Gauge({
      name: "execora_database_up",
      help: "1 when the last readiness check reached the database within the timeout, else 0",
      registers: [registry],
    }),
    latency: new client.Gauge({
      name: "execora_database_check_seconds",
      help: "Duration of the last readiness check (SELECT 1)",
      registers: [registry],
    }),
  };
}

function gauges() {
  globalForGauges.execoraHealthGauges ??= createGauges();
  return globalForGauges.execoraHealthGauges;
}

function withTimeout<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer));
}

/** SELECT 1 within the timeout; a slow database counts as down so traffic moves elsewhere. */
export async function checkReadiness(db: DatabaseProbe, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  const started = performance.now();
  let up = false;
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, timeoutMs);
    up = true;
  } catch {
    up = false;
  }
  const { up: upGauge, latency } = gauges();
  upGauge.set(up ? 1 : 0);
  latency.set((performance.now() - started) / 1000);
  return up
    ? { ready: true, body: { status: "ok", checks: { database: "up" } } }
    : { ready: false, body: { status: "unavailable", checks: { database: "down" } } };
}

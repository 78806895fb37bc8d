import enCommon from "@/messages/en/common.json";
import hiCommon from "@/messages/hi/common.json";
import { isDatabaseUnreachable } from "../database-errors";
import { db } from "../db";
import type { DatabaseProbe } from "../observability/health";

// Next.js answers 500 for a page whose server component throws, and a page cannot set its own
// status, so the proxy asks first: a page navigation while the database is down gets 503 (load
// balancers and uptime checks read the status, not the text). At most one SELECT 1 per process
// every PROBE_EVERY_MS, shared by concurrent navigations; a health reading, nothing correct
// depends on it. It fails open: only an error that says the database cannot be reached counts
// as down. A slow answer (a cold pool's first connection, a busy pool) or any other failure
// lets the page through to render, or fail, on its own.
const PROBE_EVERY_MS = 2_000;
const PROBE_WAIT_MS = 1_500;

type State = "up" | "down";
type Reading = { checkedAt: number; state: State; pending: Promise<State> | null };
const globalForGate = globalThis as unknown as { execoraPageGate?: Map<DatabaseProbe, Reading> };

async function probeOnce(probe: DatabaseProbe): Promise<State> {
  try {
    await probe.$queryRaw`SELECT 1`;
    return "up";
  } catch (error) {
    return isDatabaseUnreachable(error) ? "down" : "up";
  }
}

async function databaseState(probe: DatabaseProbe, now: number): Promise<State> {
  globalForGate.execoraPageGate ??= new Map();
  const readings = globalForGate.execoraPageGate;
  const reading = readings.get(probe) ?? { checkedAt: -Infinity, state: "up", pending: null };
  readings.set(probe, reading);
  if (now - reading.checkedAt < PROBE_EVERY_MS) return reading.state;
  reading.pending ??= probeOnce(probe)
    .then((state) => {
      Object.assign(reading, { checkedAt: now, state });
      return state;
    })
    .finally(() => {
      reading.pending = null;
    });
  let timer: NodeJS.Timeout | undefined;
  const lastKnown = new Promise<State>((resolve) => {
    timer = setTimeout(() => resolve(reading.state), PROBE_WAIT_MS);
  });
  return Promise.race([reading.pending, lastKnown]).finally(() => clearTimeout(timer));
}

/** A browser asking for a page (not an API call, not a static file). */
function isPageNavigation(request: Request): boolean {
  const { pathname } = new URL(request.url);
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  return (request.headers.get("accept") ?? "").includes("text/html");
}

function unavailablePage(): Response {
  const lines = [enCommon.states.databaseUnreachable, hiCommon.states.databaseUnreachable];
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Execora</title></head><body style="font-family:sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;text-align:center">${lines.map((line) => `<p>${line}</p>`).join("")}<p><a href="">Try again</a> · <a href="" lang="hi">फिर कोशिश करें</a></p></body></html>`;
  return new Response(body, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
  });
}

/** 503 for a page navigation while the database is unreachable; null to carry on. */
export async function pageAnswerWhenDatabaseDown(
  request: Request,
  probe: DatabaseProbe = db(),
  now = Date.now(),
): Promise<Response | null> {
  if (!isPageNavigation(request)) return null;
  return (await databaseState(probe, now)) === "up" ? null : unavailablePage();
}

// Playwright's web server: the production build on port 3100 against a brand-new database on
// the machine's local PostgreSQL, dropped again when Playwright stops the server. Tests create
// the data they need; nothing depends on a shared seed.
// `--voice-room`: a second server for e2e/voice-room.spec.ts on E2E_ROOM_PORT (E2E_PORT + 1), with
// its own database, the real livekit-server and an agent worker; it reuses the first one's build.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { buildIsStale } from "./runtime/build-freshness";
import { type E2eVoiceRoom, startE2eVoiceRoom } from "./runtime/e2e-voice-room";
import { deployMigrations } from "./runtime/migrations";
import { runToCompletion, startNext, stopNextProcesses } from "./runtime/next-process";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
if (existsSync(".env.test")) process.loadEnvFile(".env.test");

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const mainPort = process.env.E2E_PORT ?? "3100";
const withVoiceRoom = process.argv.includes("--voice-room");
const port = withVoiceRoom ? (process.env.E2E_ROOM_PORT ?? String(Number(mainPort) + 1)) : mainPort;
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to create e2e databases on non-local host "${host}"`);
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Databases left behind by runs that were killed before they could clean up. */
async function dropStaleDatabases(client: pg.Client) {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'execora\\_e2e\\_%'",
  );
  for (const { datname } of rows) {
    const createdAt = Number(datname.split("_")[2]);
    if (Number.isFinite(createdAt) && Date.now() - createdAt > STALE_AFTER_MS) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}

/** The voice-room server starts after the main one is serving, so only that one ever builds. */
async function untilMainServerIsReady(timeoutMs = 900_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://localhost:${mainPort}/api/health/ready`, {
      signal: AbortSignal.timeout(2_000),
    }).catch(() => null);
    if (ready?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("the main e2e server never became ready");
}

// e2e/support/second-instance.ts starts another app instance on this server's database and
// secret (several instances behind one load balancer). Local to this machine, deleted on stop.
const secondInstanceEnvFile = path.join(root, ".data", "e2e-second-instance.json");
const SHARED_WITH_SECOND_INSTANCE = [
  "DATABASE_URL",
  "AUTH_SECRET",
  "AUTH_TRUST_HOST",
  "SIGN_UP_RATE_LIMIT_PER_MINUTE",
  "REMINDER_QUIET_HOURS",
  "WHATSAPP_APP_SECRET",
  "REDIS_URL",
] as const;

function writeSecondInstanceEnv() {
  mkdirSync(path.dirname(secondInstanceEnvFile), { recursive: true });
  const shared = Object.fromEntries(SHARED_WITH_SECOND_INSTANCE.map((name) => [name, process.env[name]]));
  writeFileSync(secondInstanceEnvFile, JSON.stringify(shared), { mode: 0o600 });
}

// Rate limits are shared through Redis, as in a deployment of several instances (the
// two-instances spec counts sign-in failures across both). A database of its own, emptied at
// start so an earlier run's counts never refuse this run; a REDIS_URL given from outside is
// used as it is and never emptied.
const E2E_REDIS_URL = "redis://127.0.0.1:6379/15";
async function emptyE2eRedis() {
  const redis = new Redis(E2E_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

async function main() {
  assertLocal(adminUrl);
  const name = `execora_e2e_${Date.now()}_${process.pid}`;
  await admin(async (client) => {
    await dropStaleDatabases(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl.toString(),
    AUTH_TRUST_HOST: "true",
    APP_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    // Every test signs up its own shop from the same address; the limit itself is a unit test.
    SIGN_UP_RATE_LIMIT_PER_MINUTE: "300",
    // CI may run at night in India: "send now" must send whatever the hour (quiet hours are unit tests).
    REMINDER_QUIET_HOURS: "none",
    // Specs post customers' replies to /api/webhooks/whatsapp signed with this (no real secret).
    WHATSAPP_APP_SECRET: "e2e-whatsapp-secret",
  });
  const redisGiven = Boolean(process.env.REDIS_URL);
  process.env.REDIS_URL ??= E2E_REDIS_URL;
  // Production mode refuses the repository's published secrets: this run's own, random.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  const dropDatabase = () =>
    admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  let voiceRoom: E2eVoiceRoom | undefined;
  const stop = async (code: number) => {
    stopNextProcesses();
    if (!withVoiceRoom) rmSync(secondInstanceEnvFile, { force: true });
    await voiceRoom?.stop().catch((error) => console.error("could not stop the voice room:", error));
    await dropDatabase().catch((error) => console.error("could not drop the e2e database:", error));
    process.exit(code);
  };
  // Playwright stops this server with SIGTERM, possibly while it is still migrating or building.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));

  if (!withVoiceRoom && !redisGiven) await emptyE2eRedis();
  await deployMigrations(root, process.env);
  if (withVoiceRoom) {
    await untilMainServerIsReady();
    mkdirSync(path.join(root, ".data"), { recursive: true });
    rmSync(path.join(root, ".data", "e2e-voice-room.restarts"), { force: true });
    const logFile = path.join(root, ".data", "e2e-voice-room.log");
    voiceRoom = await startE2eVoiceRoom({ root, env: process.env, logFile });
    Object.assign(process.env, voiceRoom.env);
    console.log(`voice room: ${voiceRoom.env.LIVEKIT_URL}, log in ${logFile}`);
    // e2e/voice-room.spec.ts crashes the agent worker with SIGUSR2 to this process (pid in the file)
    // and waits for the restart count to go up.
    const room = voiceRoom;
    let restarts = 0;
    writeFileSync(path.join(root, ".data", "e2e-voice-room.pid"), String(process.pid));
    process.on("SIGUSR2", () => {
      void room.crashAndRestartAgent().then(() => {
        restarts += 1;
        writeFileSync(path.join(root, ".data", "e2e-voice-room.restarts"), String(restarts));
      });
    });
  } else {
    if (buildIsStale(root) && (await runToCompletion(["build"])) !== 0) return stop(1);
    writeSecondInstanceEnv();
  }
  startNext(["start", "-p", port]).on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

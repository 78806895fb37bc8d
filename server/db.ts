// Never in a browser bundle: this opens database connections with server credentials.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { type Env, env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: domain reads accept both. */
export type DbOrTx = Db | Tx;

export type PoolSettings = {
  max: number;
  /** Waiting for a connection: opening one, or a free one from a busy pool. */
  connectTimeoutMs: number;
  /** PostgreSQL cancels a statement after this (statement_timeout). */
  statementTimeoutMs: number;
};

/** Scripts and tests that make their own client (seeding a 100k shop runs long statements). */
const SCRIPT_POOL: PoolSettings = { max: 10, connectTimeoutMs: 20_000, statementTimeoutMs: 120_000 };

/** What the app's pool uses: from the environment, so an operator can tune it per deployment. */
export function poolSettingsFromEnv(settings: Env = env()): PoolSettings {
  return {
    max: settings.DB_POOL_MAX,
    connectTimeoutMs: settings.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: settings.DB_STATEMENT_TIMEOUT_MS,
  };
}

export function createPool(connectionString: string, settings: Partial<PoolSettings> = {}) {
  const { max, connectTimeoutMs, statementTimeoutMs } = { ...SCRIPT_POOL, ...settings };
  return new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: statementTimeoutMs,
    // statement_timeout needs a server that answers; a frozen one (a stalled disk, a network
    // partition) is noticed here, on our side, a second later, and the request answers 503.
    query_timeout: statementTimeoutMs + 1_000,
    // A transaction left open by a crashed request must not hold row locks for ever.
    idle_in_transaction_session_timeout: Math.max(statementTimeoutMs * 2, 10_000),
  });
}

export function createDb(connectionString: string, settings: Partial<PoolSettings> | number = {}): Db {
  const pool = createPool(connectionString, typeof settings === "number" ? { max: settings } : settings);
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

const globalForDb = globalThis as unknown as { execoraDb?: Db; execoraPool?: pg.Pool };

/** The process-wide client (one pool per process; survives Next.js dev reloads). */
export function db(): Db {
  if (!globalForDb.execoraDb) {
    globalForDb.execoraPool = createPool(env().DATABASE_URL, poolSettingsFromEnv());
    globalForDb.execoraDb = new PrismaClient({ adapter: new PrismaPg(globalForDb.execoraPool) });
  }
  return globalForDb.execoraDb;
}

/** Connection counts of the process-wide pool, for /api/metrics; null before first use. */
export function poolStats() {
  const pool = globalForDb.execoraPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

// Never in a browser bundle: this opens database connections with server credentials.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: domain reads accept both. */
export type DbOrTx = Db | Tx;

export function createPool(connectionString: string, poolMax = 10) {
  return new pg.Pool({
    connectionString,
    max: poolMax,
    // Waiting for a pooled connection is part of queuing behind a busy customer row (see transaction.ts).
    connectionTimeoutMillis: 20_000,
    statement_timeout: 15_000,
  });
}

export function createDb(connectionString: string, poolMax = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg(createPool(connectionString, poolMax)) });
}

const globalForDb = globalThis as unknown as { execoraDb?: Db; execoraPool?: pg.Pool };

/** The process-wide client (one pool per process; survives Next.js dev reloads). */
export function db(): Db {
  if (!globalForDb.execoraDb) {
    const { DATABASE_URL, DB_POOL_MAX } = env();
    globalForDb.execoraPool = createPool(DATABASE_URL, DB_POOL_MAX);
    globalForDb.execoraDb = new PrismaClient({ adapter: new PrismaPg(globalForDb.execoraPool) });
  }
  return globalForDb.execoraDb;
}

/** Connection counts of the process-wide pool, for /api/metrics; null before first use. */
export function poolStats() {
  const pool = globalForDb.execoraPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

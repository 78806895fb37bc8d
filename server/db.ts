import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: domain reads accept both. */
export type DbOrTx = Db | Tx;

export function createDb(connectionString: string, poolMax = 10): Db {
  const adapter = new PrismaPg({
    connectionString,
    max: poolMax,
    // Waiting for a pooled connection is part of queuing behind a busy customer row (see transaction.ts).
    connectionTimeoutMillis: 20_000,
    statement_timeout: 15_000,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { execoraDb?: Db };

/** The process-wide client (one pool per process; survives Next.js dev reloads). */
export function db(): Db {
  if (!globalForDb.execoraDb) {
    const { DATABASE_URL, DB_POOL_MAX } = env();
    globalForDb.execoraDb = createDb(DATABASE_URL, DB_POOL_MAX);
  }
  return globalForDb.execoraDb;
}

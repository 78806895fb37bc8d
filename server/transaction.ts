import type { DomainContext } from "./context";
import type { Tx } from "./db";
import { isUniqueViolation } from "./errors";
import { transactionBoundDb } from "./transaction-bound-db";

// Writes on one customer queue on its row lock; give queued transactions room to wait for a
// pooled connection and for the lock instead of Prisma's 2 s / 5 s defaults.
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

export function inTransaction<T>(ctx: DomainContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(work, TRANSACTION_OPTIONS);
}

/**
 * Several domain functions that must commit together (a voice turn and the entry it posts): each
 * gets a context whose `db` is this one transaction, and their own transactions become savepoints.
 */
export function inOneTransaction<T>(
  ctx: DomainContext,
  work: (ctx: DomainContext) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx, (tx) => work({ ...ctx, db: transactionBoundDb(tx) }));
}

/**
 * At-least-once callers, exactly-once effects: a request repeated with the same key returns
 * what the first one recorded. A race between two first attempts is settled by the unique index.
 */
export async function idempotent<T>(find: () => Promise<T | null>, write: () => Promise<T>): Promise<T> {
  const earlier = await find();
  if (earlier) return earlier;
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await find();
      if (winner) return winner;
    }
    throw error;
  }
}

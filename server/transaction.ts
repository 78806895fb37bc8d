import type { DomainContext } from "./context";
import { isTransactionConflict } from "./database-errors";
import type { Tx } from "./db";
import { env } from "./env";
import { isUniqueViolation } from "./errors";
import { withSpan } from "./observability/tracing";
import { isTransactionBound, transactionBoundDb } from "./transaction-bound-db";

const CONFLICT_RETRIES = 3;

/**
 * One transaction, retried up to three times when PostgreSQL aborts it for a deadlock or a
 * serialization conflict (the work runs again from the start, so it must only touch the
 * database). Writes on one customer queue on its row lock: waiting for a pooled connection and
 * for the whole transaction is bounded by DB_CONNECT_TIMEOUT_MS and DB_TRANSACTION_TIMEOUT_MS.
 * Inside an outer transaction (inOneTransaction) it is a savepoint and the outer one retries.
 */
export async function inTransaction<T>(
  ctx: DomainContext,
  work: (tx: Tx) => Promise<T>,
  // A known long job (a 5,000-row import) may ask for more than DB_TRANSACTION_TIMEOUT_MS.
  settings: { timeoutMs?: number } = {},
): Promise<T> {
  const { DB_CONNECT_TIMEOUT_MS, DB_TRANSACTION_TIMEOUT_MS } = env();
  const options = {
    maxWait: DB_CONNECT_TIMEOUT_MS,
    timeout: settings.timeoutMs ?? DB_TRANSACTION_TIMEOUT_MS,
  };
  if (isTransactionBound(ctx.db)) return ctx.db.$transaction(work, options);
  // The span a domain write is seen by in a trace, with how many tries it took.
  return withSpan("domain transaction", { "execora.business_id": ctx.businessId }, async (span) => {
    for (let attempt = 0; ; attempt++) {
      span.setAttribute("execora.attempts", attempt + 1);
      try {
        return await ctx.db.$transaction(work, options);
      } catch (error) {
        if (attempt >= CONFLICT_RETRIES || !isTransactionConflict(error)) throw error;
        // Jittered, so the two sides of a deadlock do not collide again in step.
        await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt + Math.random() * 20));
      }
    }
  });
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

import type { Db, Tx } from "./db";

let savepoints = 0;
const BOUND = Symbol("transactionBound");

/** True for a client made by transactionBoundDb: its $transaction is a savepoint. */
export function isTransactionBound(db: Db): boolean {
  return (db as unknown as { [BOUND]?: boolean })[BOUND] === true;
}

async function inOrder(queries: PromiseLike<unknown>[]): Promise<unknown[]> {
  const results: unknown[] = [];
  // Prisma queries are lazy: awaiting them one by one runs them in this order.
  for (const query of queries) results.push(await query);
  return results;
}

/**
 * An open transaction that passes for the client, so domain functions written for `ctx.db` run
 * inside it unchanged. Their own `$transaction` becomes a savepoint: a nested unit that fails
 * still rolls back alone (an AppError mid-invoice leaves nothing behind, and `idempotent()` can
 * read after a unique violation), while everything commits or rolls back with the outer one.
 * Nested units must not run concurrently with other queries of the same transaction.
 */
export function transactionBoundDb(tx: Tx): Db {
  const bound = new Proxy(tx, {
    get(target, property) {
      if (property === "$transaction") return nested;
      if (property === BOUND) return true;
      return Reflect.get(target, property);
    },
  }) as unknown as Db;

  async function nested(work: ((db: Db) => Promise<unknown>) | PromiseLike<unknown>[]) {
    savepoints += 1;
    const name = `nested_${savepoints}`;
    await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
    try {
      const result = typeof work === "function" ? await work(bound) : await inOrder(work);
      await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }
  return bound;
}

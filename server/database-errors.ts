// Recognises database failures by their codes, without importing Prisma's runtime: a Prisma
// error (P…), the driver adapter's error kind (meta.driverAdapterError.cause or error.cause), a
// PostgreSQL SQLSTATE, or Node's socket error codes, anywhere along the cause chain.

const UNREACHABLE_PRISMA_CODES = new Set([
  "P1001", // can't reach the database server
  "P1002", // the server was reached but timed out
  "P1008", // operations timed out
  "P1017", // the server closed the connection
  "P2024", // timed out waiting for a connection from the pool
  "P2037", // too many database connections
]);
const UNREACHABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNREACHABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EPIPE",
]);
// SQLSTATE: class 08 is "connection exception"; 57P01-03 the server shutting down or starting;
// 53300 too many connections; 57014 a statement cancelled by statement_timeout (the database is
// too slow to answer: the same "try again in a moment" for the client).
const UNREACHABLE_SQLSTATE = /^(08...|57P0[123]|53300|57014)$/;
// pg's pool and client say these in words only ("Query read timeout": query_timeout, a frozen server).
const UNREACHABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout/i;
// P2028: a transaction that could not start within maxWait (the pool or the server is stuck).
const UNAVAILABLE_PRISMA_CODES = new Set(["P2028"]);
// 40001 serialization failure, 40P01 deadlock detected; P2034 is Prisma's name for both.
const CONFLICT_SQLSTATES = new Set(["40001", "40P01"]);
// 22021: invalid byte sequence for UTF8 (a JavaScript string reaches it only through U+0000);
// 22P05: "\u0000 cannot be converted to text" (JSON).
const NUL_SQLSTATES = new Set(["22021", "22P05"]);

type Inspected = { code?: unknown; kind?: unknown; message?: unknown };

/** The error and everything it wraps, a few levels deep. */
function chain(error: unknown): Inspected[] {
  const found: Inspected[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 12) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null) continue;
    const item = next as Inspected & { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    found.push(item);
    queue.push(item.cause, item.meta?.driverAdapterError);
  }
  return found;
}

/** True when the database could not be reached or dropped the connection: answer 503. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return chain(error).some(({ code, kind, message }) => {
    if (typeof kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(kind)) return true;
    if (typeof code === "string") {
      if (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SOCKET_CODES.has(code)) return true;
      if (UNAVAILABLE_PRISMA_CODES.has(code)) return true;
      if (kind === "postgres" && UNREACHABLE_SQLSTATE.test(code)) return true;
    }
    return typeof message === "string" && UNREACHABLE_MESSAGES.test(message);
  });
}

/** True when PostgreSQL aborted the transaction for a deadlock or a serialization conflict: run it again. */
export function isTransactionConflict(error: unknown): boolean {
  return chain(error).some(({ code, kind }) => {
    if (kind === "TransactionWriteConflict") return true;
    if (typeof code !== "string") return false;
    return code === "P2034" || CONFLICT_SQLSTATES.has(code);
  });
}

/** True when PostgreSQL refused text because it contained a NUL character: answer 400. */
export function isNulCharacterRejection(error: unknown): boolean {
  return chain(error).some(
    ({ code, kind }) => kind === "postgres" && typeof code === "string" && NUL_SQLSTATES.has(code),
  );
}

/** True when a string anywhere in `value` (object keys included) holds U+0000. */
export function containsNulCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => containsNulCharacter(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => key.includes("\u0000") || containsNulCharacter(item, depth + 1),
  );
}

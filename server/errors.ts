import { isDatabaseUnreachable, isNulCharacterRejection } from "./database-errors";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

/**
 * The one table from AppError codes to HTTP statuses. tRPC (whose codes have the same names),
 * route handlers (server/http/error-response.ts) and the agent's RPC errors all read it.
 */
export const HTTP_STATUS_OF_CODE = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<AppErrorCode, number>;

export type AppErrorDetails = Record<string, unknown>;

/** The one error type domain code throws; transports map it to their own errors in one place. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: Record<string, string> | undefined;
  /** Structured facts the client acts on (e.g. which customer already has a phone); never secrets. */
  readonly details: AppErrorDetails | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    fieldErrors?: Record<string, string>,
    details?: AppErrorDetails,
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") =>
  new AppError("FORBIDDEN", message);

export const databaseUnreachable = () =>
  new AppError("SERVICE_UNAVAILABLE", "The database is not reachable. Try again in a moment.");
// PostgreSQL text cannot hold U+0000; refused with a sentence instead of a driver error.
export const nulCharacterRefused = () =>
  new AppError(
    "BAD_REQUEST",
    "The input contains a NUL character, which cannot be stored. Remove it and try again.",
  );

export function assertOwner(role: string) {
  if (role !== "OWNER") throw forbidden("Only the shop owner can do this");
}

/** Prisma's unique-constraint violation, detected without importing runtime internals. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * What a transport may tell the client about `error`: an AppError as it is, a database that
 * cannot be reached as 503, text PostgreSQL refused for a NUL character as 400; null for
 * anything else, which is unexpected (log it, answer unexpectedErrorMessage).
 */
export function asExpectedError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnreachable(error)) return databaseUnreachable();
  if (isNulCharacterRejection(error)) return nulCharacterRefused();
  return null;
}

/** The whole answer to an unexpected failure: no internals, the id that finds it in the log. */
export const unexpectedErrorMessage = (requestId: string | null) =>
  `Something went wrong on our side (ref "${requestId ?? "none"}"). Please try again.`;

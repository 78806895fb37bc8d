export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS";

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

export function assertOwner(role: string) {
  if (role !== "OWNER") throw forbidden("Only the shop owner can do this");
}

/** Prisma's unique-constraint violation, detected without importing runtime internals. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

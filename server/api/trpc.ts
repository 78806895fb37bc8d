import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { requireDomainContextForUser } from "../auth/domain-context-for-user";
import { containsNulCharacter } from "../database-errors";
import { env } from "../env";
import { AppError, asExpectedError, nulCharacterRefused, unexpectedErrorMessage } from "../errors";
import { logger } from "../logger";
import { recordTrpcCall } from "../observability/metrics";
import { REQUEST_ID_ATTRIBUTE, withSpan } from "../observability/tracing";
import type { ApiContext } from "./context";
import { type RateDecision, RateLimiter, rateLimitHeaders } from "./rate-limit";

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof z.ZodError
        ? Object.fromEntries(cause.issues.map((issue) => [issue.path.join("."), issue.message]))
        : cause instanceof AppError
          ? (cause.fieldErrors ?? null)
          : null;
    const details = cause instanceof AppError ? (cause.details ?? null) : null;
    // An unexpected failure says only that it happened and where to find it in the log.
    const requestId = ctx?.requestId ?? null;
    const message =
      shape.data.code === "INTERNAL_SERVER_ERROR" ? unexpectedErrorMessage(requestId) : shape.message;
    return { ...shape, message, data: { ...shape.data, fieldErrors, details, requestId, stack: undefined } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// AppError codes are tRPC codes by name, so the status comes from the same table
// (HTTP_STATUS_OF_CODE in server/errors.ts, which tRPC's own mapping agrees with).
const toTrpcError = (error: AppError) =>
  new TRPCError({ code: error.code, message: error.message, cause: error });

/** The single place where domain errors become transport errors. */
const mapAppErrors = t.middleware(async ({ next, path, type, ctx, getRawInput }) => {
  // PostgreSQL cannot store U+0000: any input holding one is refused before a procedure runs.
  if (containsNulCharacter(await getRawInput().catch(() => undefined))) {
    throw toTrpcError(nulCharacterRefused());
  }
  const started = performance.now();
  const spanAttributes = {
    "rpc.system": "trpc",
    "rpc.method": path,
    [REQUEST_ID_ATTRIBUTE]: ctx.requestId ?? "",
  };
  const result = await withSpan(`trpc ${path}`, spanAttributes, async (span) => {
    const outcome = await next();
    span.setAttribute("execora.trpc.code", outcome.ok ? "OK" : outcome.error.code);
    return outcome;
  });
  const durationMs = performance.now() - started;
  const error = result.ok ? null : result.error;
  const expected = error?.code === "INTERNAL_SERVER_ERROR" ? asExpectedError(error.cause) : null;
  recordTrpcCall(path, expected?.code ?? error?.code ?? "OK", durationMs);
  // A bug or an outage goes to the log in full; an expected failure is only a debug line.
  const incident =
    error?.code === "INTERNAL_SERVER_ERROR" && (!expected || expected.code === "SERVICE_UNAVAILABLE");
  if (incident) {
    logger.error({ requestId: ctx.requestId, path, type, err: error.cause ?? error }, "trpc call failed");
  } else {
    logger.debug(
      { requestId: ctx.requestId, path, type, durationMs, code: expected?.code ?? error?.code ?? "OK" },
      "trpc call",
    );
  }
  if (expected) throw toTrpcError(expected);
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

/** RateLimit headers on the response (when there is one: createCaller in tests has none). */
export function setRateLimitHeaders(headers: Headers | undefined, decision: RateDecision, windowMs: number) {
  if (!headers) return;
  for (const [name, value] of Object.entries(rateLimitHeaders(decision, windowMs))) headers.set(name, value);
}

const signUpLimiter = new RateLimiter("sign-up", () => env().SIGN_UP_RATE_LIMIT_PER_MINUTE, 60_000);
export const rateLimitedPublicProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const decision = await signUpLimiter.take(ctx.clientKey);
  setRateLimitHeaders(ctx.resHeaders, decision, 60_000);
  if (!decision.allowed) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many attempts. Try again in a minute." });
  }
  return next();
});

const mutationLimiter = new RateLimiter("writes", () => env().RATE_LIMIT_PER_MINUTE, 60_000);

/** Signed in, still a member of the business; every domain call gets a tenant-bound context. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
  const { user, ctx: domain } = await requireDomainContextForUser(ctx.db, ctx.sessionUserId, {
    requestId: ctx.requestId,
    source: "DASHBOARD",
  });
  const decision = type === "mutation" ? await mutationLimiter.take(user.id) : null;
  if (decision) setRateLimitHeaders(ctx.resHeaders, decision, 60_000);
  if (decision && !decision.allowed) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many changes at once. Slow down." });
  }
  return next({ ctx: { ...ctx, user, domain } });
});

export const ownerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "OWNER") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the shop owner can do this" });
  }
  return next();
});

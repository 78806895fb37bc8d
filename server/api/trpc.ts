import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { findActiveUser } from "../auth/authenticate";
import type { DomainContext } from "../context";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { recordTrpcCall } from "../observability/metrics";
import type { ApiContext } from "./context";
import { RateLimiter } from "./rate-limit";

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof z.ZodError
        ? Object.fromEntries(cause.issues.map((issue) => [issue.path.join("."), issue.message]))
        : cause instanceof AppError
          ? (cause.fieldErrors ?? null)
          : null;
    const details = cause instanceof AppError ? (cause.details ?? null) : null;
    return { ...shape, data: { ...shape.data, fieldErrors, details, stack: undefined } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The single place where domain errors become transport errors. */
const mapAppErrors = t.middleware(async ({ next, path, type, ctx }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = performance.now() - started;
  const error = result.ok ? null : result.error;
  recordTrpcCall(path, error ? error.code : "OK", durationMs);
  if (error && error.code === "INTERNAL_SERVER_ERROR" && !(error.cause instanceof AppError)) {
    logger.error({ requestId: ctx.requestId, path, type, err: error.cause ?? error }, "trpc call failed");
  } else {
    logger.debug(
      { requestId: ctx.requestId, path, type, durationMs, code: error?.code ?? "OK" },
      "trpc call",
    );
  }
  if (error?.cause instanceof AppError) {
    throw new TRPCError({ code: error.cause.code, message: error.cause.message, cause: error.cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

const signUpLimiter = new RateLimiter(() => env().SIGN_UP_RATE_LIMIT_PER_MINUTE, 60_000);
export const rateLimitedPublicProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!signUpLimiter.take(ctx.clientKey)) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many attempts. Try again in a minute." });
  }
  return next();
});

const mutationLimiter = new RateLimiter(() => env().RATE_LIMIT_PER_MINUTE, 60_000);

/** Signed in, still a member of the business; every domain call gets a tenant-bound context. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
  if (!ctx.sessionUserId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  const user = await findActiveUser(ctx.db, ctx.sessionUserId);
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in again." });
  if (type === "mutation" && !mutationLimiter.take(user.id)) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many changes at once. Slow down." });
  }
  const domain: DomainContext = {
    db: ctx.db,
    businessId: user.businessId,
    actor: { type: "USER", userId: user.id, role: user.role },
    requestId: ctx.requestId,
    source: "DASHBOARD",
  };
  return next({ ctx: { ...ctx, user, domain } });
});

export const ownerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "OWNER") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the shop owner can do this" });
  }
  return next();
});

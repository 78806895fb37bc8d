import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

function asTrpcError(error: unknown) {
  return error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>) : null;
}

/** A request that never got a tRPC answer: offline, timed out, server unreachable. */
export function isNetworkError(error: unknown): boolean {
  const trpcError = asTrpcError(error);
  return trpcError !== null && !trpcError.data;
}

/** "UNAUTHORIZED", "NOT_FOUND", "BAD_REQUEST"… or null for network failures and unknown errors. */
export function errorCode(error: unknown): string | null {
  return asTrpcError(error)?.data?.code ?? null;
}

/** Per-field messages the server attached (zod issues or AppError.fieldErrors), keyed by field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return asTrpcError(error)?.data?.fieldErrors ?? {};
}

/** The server's message for an expected failure (4xx); null otherwise. */
export function serverMessageOf(error: unknown): string | null {
  const trpcError = asTrpcError(error);
  if (!trpcError?.data || trpcError.data.code === "INTERNAL_SERVER_ERROR") return null;
  return trpcError.message;
}

/** The id of the request in the server's log, when the server answered at all. */
export function requestIdOf(error: unknown): string | null {
  return asTrpcError(error)?.data?.requestId ?? null;
}

/** Structured details the server attached to an expected failure (AppError.details), or null. */
export function errorDetailsOf(error: unknown): Record<string, unknown> | null {
  return asTrpcError(error)?.data?.details ?? null;
}

import {
  type AppError,
  asExpectedError,
  HTTP_STATUS_OF_CODE,
  nulCharacterRefused,
  unexpectedErrorMessage,
} from "../errors";
import { logger } from "../logger";

/**
 * The answer of a route handler that threw. Expected failures (AppError, the database being
 * unreachable, NUL characters) keep their status from the one table in server/errors.ts and their
 * sentence; anything else is logged with its details and answered with a generic sentence and
 * the request id, so no driver text, constraint name or host reaches the client.
 */
export function errorResponse(error: unknown, requestId: string, route: string): Response {
  const expected = asExpectedError(error);
  if (!expected) {
    logger.error({ requestId, route, err: error }, "request failed");
    return Response.json({ error: unexpectedErrorMessage(requestId), requestId }, { status: 500 });
  }
  if (expected.code === "SERVICE_UNAVAILABLE") {
    logger.error({ requestId, route, err: error }, "database unreachable");
  }
  return Response.json(
    { error: expected.message, fieldErrors: expected.fieldErrors ?? null, requestId },
    {
      status: HTTP_STATUS_OF_CODE[expected.code],
      headers: expected.code === "SERVICE_UNAVAILABLE" ? { "retry-after": "5" } : {},
    },
  );
}

/** NUL in the path or query (as %00) is refused before any handler runs: PostgreSQL cannot store it. */
export function nulInUrl(url: URL): AppError | null {
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const texts = [decoded(url.pathname), ...[...url.searchParams].flat()];
  return texts.some((text) => text.includes("\u0000")) ? nulCharacterRefused() : null;
}

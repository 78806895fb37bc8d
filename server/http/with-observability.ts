import { logger } from "../logger";
import { recordHttpRequest } from "../observability/metrics";
import { errorResponse, nulInUrl } from "./error-response";
import { requestIdFrom } from "./request-id";

type Handler = (request: Request, requestId: string) => Promise<Response>;

/**
 * Route-handler wrapper: request id in and out, one access log line, request metrics, and the
 * answer to whatever the handler throws (errorResponse: the status table, no internals).
 */
export function withObservability(route: string, handler: Handler) {
  return async (request: Request): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    let response: Response;
    try {
      const refused = nulInUrl(new URL(request.url));
      if (refused) throw refused;
      response = await handler(request, requestId);
    } catch (error) {
      response = errorResponse(error, requestId, route);
    }
    const durationMs = performance.now() - started;
    response.headers.set("x-request-id", requestId);
    recordHttpRequest(route, request.method, response.status, durationMs);
    logger.info(
      {
        requestId,
        route,
        method: request.method,
        status: response.status,
        durationMs: Math.round(durationMs),
      },
      "request",
    );
    return response;
  };
}

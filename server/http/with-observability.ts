import { logger } from "../logger";
import { recordHttpRequest } from "../observability/metrics";
import { REQUEST_ID_ATTRIBUTE, withSpan } from "../observability/tracing";
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
    const attributes = {
      "http.request.method": request.method,
      "http.route": route,
      [REQUEST_ID_ATTRIBUTE]: requestId,
    };
    const response = await withSpan(`${request.method} ${route}`, attributes, async (span) => {
      let answer: Response;
      try {
        const refused = nulInUrl(new URL(request.url));
        if (refused) throw refused;
        answer = await handler(request, requestId);
      } catch (error) {
        answer = errorResponse(error, requestId, route);
      }
      span.setAttribute("http.response.status_code", answer.status);
      return answer;
    });
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

import { logger } from "../logger";
import { recordHttpRequest } from "../observability/metrics";
import { requestIdFrom } from "./request-id";

type Handler = (request: Request, requestId: string) => Promise<Response>;

/** Route-handler wrapper: request id in and out, one access log line, request metrics. */
export function withObservability(route: string, handler: Handler) {
  return async (request: Request): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(request, requestId);
    } catch (error) {
      logger.error({ requestId, route, err: error }, "request failed");
      response = Response.json({ error: "Internal error", requestId }, { status: 500 });
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

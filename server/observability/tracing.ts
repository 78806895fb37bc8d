import { type Attributes, type Span, SpanStatusCode, trace } from "@opentelemetry/api";

// Spans around requests, tRPC procedures, domain transactions and outbound calls. Without a
// registered provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) the API hands out no-op spans, so
// this costs next to nothing when tracing is off.
const tracer = () => trace.getTracer("execora");

/** The request id every span of a request carries, to find its log lines from a trace. */
export const REQUEST_ID_ATTRIBUTE = "execora.request_id";

/** Runs `work` inside a span (the active one for whatever it calls); errors mark the span. */
export function withSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

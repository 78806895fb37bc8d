import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

export type Tracing = { flush: () => Promise<void>; shutdown: () => Promise<void> };
const EXPORT_TIMEOUT_MS = 5_000;

/**
 * Exports spans over OTLP/HTTP (JSON) to `${endpoint}/v1/traces`, the path the OpenTelemetry
 * spec gives OTEL_EXPORTER_OTLP_ENDPOINT. Batched, each export bounded by a timeout, so a
 * collector that is down costs dropped spans, never a slow request.
 */
export function startTracing({ endpoint, serviceName }: { endpoint: string; serviceName: string }): Tracing {
  const url = `${endpoint.replace(/\/+$/, "")}/v1/traces`;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url, timeoutMillis: EXPORT_TIMEOUT_MS }), {
        scheduledDelayMillis: 1_000,
        exportTimeoutMillis: EXPORT_TIMEOUT_MS,
      }),
    ],
  });
  provider.register();
  return { flush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
}

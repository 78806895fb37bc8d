import { BREAKER, CircuitOpenError, OutboundTimeoutError } from "../resilience/outbound-policy";
import { ChannelError, type ChannelKind } from "./channel-error";

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/**
 * A send the outbound policy stopped, as a ChannelError: the caller cancelled, no answer came in
 * time, or the provider's circuit is open (nothing sent; try after the open period). Null for
 * any other failure, which the channel classifies itself.
 */
export function policyStop(
  kind: ChannelKind,
  error: unknown,
  timeoutMs: number,
  callerSignal?: AbortSignal,
): ChannelError | null {
  if (callerSignal?.aborted)
    return new ChannelError(kind, "aborted", "cancelled by the caller", { cause: error });
  if (error instanceof OutboundTimeoutError) {
    return new ChannelError(kind, "timeout", `no answer within ${timeoutMs} ms`, { cause: error });
  }
  if (error instanceof CircuitOpenError) {
    return new ChannelError(kind, "circuit_open", "the provider is failing; not sent, try later", {
      retryAfterMs: BREAKER.halfOpenAfterMs,
      cause: error,
    });
  }
  return null;
}

import { ChannelError, type ChannelKind } from "./channel-error";

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/** The caller's signal joined with the channel's own timeout, and a way to tell which one fired. */
export function deadline(timeoutMs: number, callerSignal?: AbortSignal) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return {
    signal,
    /** A ChannelError for an aborted send, or null when neither signal has fired. */
    abortError(kind: ChannelKind, cause?: unknown): ChannelError | null {
      if (timeout.aborted) {
        return new ChannelError(kind, "timeout", `no answer within ${timeoutMs} ms`, { cause });
      }
      if (callerSignal?.aborted)
        return new ChannelError(kind, "aborted", "cancelled by the caller", { cause });
      return null;
    },
  };
}

/** Which provider a message goes out through. */
export type ChannelKind = "whatsapp" | "sms" | "email";

/**
 * Why a send failed, in a few words a delivery row can store. Never the message, the recipient
 * or the provider's full reply.
 */
export type ChannelFailureReason =
  | "invalid_message"
  | "not_configured"
  | "rejected"
  | "unauthorized"
  | "not_found"
  | "request_timeout"
  | "rate_limited"
  | "provider_unavailable"
  | "unexpected_response"
  | "timeout"
  | "connection_failed"
  | "circuit_open"
  | "aborted";

const RETRYABLE: Record<ChannelFailureReason, boolean> = {
  invalid_message: false,
  not_configured: false,
  rejected: false,
  unauthorized: false,
  not_found: false,
  // The provider may have sent it: retrying could send twice, so a person looks first.
  unexpected_response: false,
  request_timeout: true,
  rate_limited: true,
  provider_unavailable: true,
  timeout: true,
  connection_failed: true,
  // Nothing was sent: the provider failed repeatedly and calls wait out the breaker's open period.
  circuit_open: true,
  aborted: true,
};

export type ChannelErrorDetails = {
  /** HTTP status, or the SMTP reply code. */
  status?: number;
  /** The provider's own error code (Graph API `error.code`, SMTP enhanced status …). */
  providerCode?: string;
  /** How long the provider asked us to wait before the next try (429 Retry-After). */
  retryAfterMs?: number;
  cause?: unknown;
};

/**
 * A send that did not go out. `retryable: false` means the same request will fail again (a 4xx,
 * a bad number, a missing template); `true` means a later try may succeed (5xx, 408, 429,
 * timeout, connection refused or reset).
 */
export class ChannelError extends Error {
  override readonly name = "ChannelError";
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly providerCode: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly channel: ChannelKind,
    readonly reason: ChannelFailureReason,
    message: string,
    details: ChannelErrorDetails = {},
  ) {
    super(`${channel}: ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.retryable = RETRYABLE[reason];
    this.status = details.status;
    this.providerCode = details.providerCode;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** What an HTTP status says about trying again: 408, 429 and 5xx may pass later; other 4xx never. */
export function reasonOfHttpStatus(status: number): ChannelFailureReason {
  if (status === 408) return "request_timeout";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "provider_unavailable";
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404) return "not_found";
  if (status >= 400) return "rejected";
  return "unexpected_response";
}

const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** Retry-After as delay-seconds or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/**
 * A provider's error text, safe for a log line or an error message: phone numbers and email
 * addresses masked (some providers quote the recipient), cut to 200 characters.
 */
export function maskedProviderText(text: unknown): string {
  if (typeof text !== "string") return "";
  return text
    .replace(/[^\s@<>"']+@[^\s@<>"']+/g, "[email]")
    .replace(/\+?\d[\d\s-]{6,}\d/g, "[number]")
    .slice(0, 200);
}

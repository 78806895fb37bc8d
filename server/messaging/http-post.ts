import { outboundFetch } from "../resilience/outbound-fetch";
import { ChannelError, type ChannelKind } from "./channel-error";
import { policyStop } from "./policy-stop";

export type HttpAnswer = { status: number; headers: Headers; body: unknown };

type PostOptions = {
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
};

const DEPENDENCY = { whatsapp: "whatsapp", sms: "sms", email: "smtp" } as const;

/**
 * POST a JSON body and read the JSON answer under the outbound policy (server/resilience): a
 * message is not idempotent, so it is sent again only when the connection was refused. A
 * timeout, cancellation, open circuit, refused or reset connection becomes a ChannelError; an
 * HTTP error status is returned for the channel to classify (providers put their reason in the body).
 */
export async function postJson(kind: ChannelKind, url: string, options: PostOptions): Promise<HttpAnswer> {
  try {
    const response = await outboundFetch(
      DEPENDENCY[kind],
      { timeoutMs: options.timeoutMs, idempotent: false },
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...options.headers },
        body: JSON.stringify(options.body),
        redirect: "error",
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parseJson(text) };
  } catch (error) {
    throw policyStop(kind, error, options.timeoutMs, options.signal) ?? connectionError(kind, error);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

function connectionError(kind: ChannelKind, error: unknown): ChannelError {
  // fetch rejects with "fetch failed" and the socket's reason (ECONNREFUSED, ECONNRESET,
  // UND_ERR_SOCKET …) as its cause: a later try may reach the provider.
  const code = errorCode(error) ?? "UNKNOWN";
  return new ChannelError(kind, "connection_failed", `could not reach the provider (${code})`, {
    providerCode: code,
    cause: error,
  });
}
